fn main() {
    let mut s = String::from("héllo");
    println!("{}", s.remove(0));
    println!("{}", s);
    let c = s.remove(1);
    println!("{}", c);
}
