fn main() {
    let s = String::from("hello");
    println!("{}", &s[1..=2]);
    println!("{:?}", s.get(1..=usize::MAX));
    println!("unreachable {}", &s[1..=usize::MAX]);
}
