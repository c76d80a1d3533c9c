fn main() {
    let mut s = String::from("hello");
    let t: String = s.drain(1..3).collect();
    println!("{t} {s}");
    let end = 9;
    let u: String = s.drain(..end).collect();
    println!("{u}");
}
