fn main() {
    println!("{}", "ab".repeat(3));
    println!("[{}]", "".repeat(usize::MAX));
    let s = "ab".repeat(usize::MAX);
    println!("unreachable {}", s.len());
}
