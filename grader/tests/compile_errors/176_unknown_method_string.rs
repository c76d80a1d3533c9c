fn main() {
    let s = String::from("hello");
    println!("{}", s.size());
}
