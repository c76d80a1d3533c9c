fn main() {
    let s = String::with_capacity(10);
    println!("{}", s.len());
    let t = String::with_capacity(usize::MAX);
    println!("unreachable {}", t.len());
}
