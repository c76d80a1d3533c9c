fn main() {
    let s = String::from("日本語");
    let n = s.len();
    println!("{}", n);
    let part = &s[1..n];
    println!("{}", part);
}
