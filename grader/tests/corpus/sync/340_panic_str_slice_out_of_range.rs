fn main() {
    let s = "hey";
    let t = &s[1..2];
    println!("{}", t);
    let u = &s[2..9];
    println!("{}", u);
}
