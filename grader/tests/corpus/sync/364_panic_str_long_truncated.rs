fn main() {
    let s = "abcdefghij".repeat(30);
    println!("{}", s.len());
    let n = s.len() + 5;
    println!("{}", &s[0..n]);
}
