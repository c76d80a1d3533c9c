fn main() {
    let mut s = String::from("abc");
    println!("{}", s.remove(2));
    println!("{}", s.remove(5));
}
