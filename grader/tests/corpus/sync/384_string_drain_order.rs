fn main() {
    let mut s = String::from("hello");
    let (a, b) = (4, 2);
    let t: String = s.drain(a..b).collect();
    println!("{t}");
}
