fn main() {
    let mut s = String::from("héllo");
    s.insert(1, 'x');
    println!("{s}");
    s.insert(3, 'y');
    println!("unreachable {s}");
}
