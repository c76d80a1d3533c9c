fn main() {
    let n = 7;
    let label = if n > 5 { "big" } else { 0 };
    println!("{label}");
}
