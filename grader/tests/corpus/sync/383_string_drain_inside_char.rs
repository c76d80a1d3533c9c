fn main() {
    let mut s = String::from("héllo");
    let t: String = s.drain(..1).collect();
    println!("{t} {s}");
    let u: String = s.drain(0..1).collect();
    println!("{u}");
}
