fn main() {
    let mut s = String::from("héllo");
    s.truncate(10);
    println!("{s}");
    s.truncate(2);
    println!("unreachable {s}");
}
