fn main() {
    let s = String::from("abc");
    let (a, b) = s.split_at(3);
    println!("[{}] [{}]", a, b);
    let (c, d) = s.split_at(4);
    println!("{} {}", c, d);
}
