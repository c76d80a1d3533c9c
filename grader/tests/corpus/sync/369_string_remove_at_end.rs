fn main() {
    let mut s = String::from("añb");
    println!("{}", s.remove(1));
    println!("{}", s);
    let n = s.len();
    println!("{}", s.remove(n));
}
