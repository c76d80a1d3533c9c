fn main() {
    let s = "añb€";
    println!("{}", &s[0..1]);
    println!("{}", &s[1..3]);
    println!("{}", &s[4..]);
    println!("{}", &s[5..]);
}
