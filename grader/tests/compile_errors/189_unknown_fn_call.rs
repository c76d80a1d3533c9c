fn main() {
    let n = compute(4);
    println!("{n}");
}
