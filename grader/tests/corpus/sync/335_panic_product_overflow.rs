fn main() {
    let p: i64 = (1..=20i64).product();
    println!("{}", p);
    let q: i64 = (1..=21i64).product();
    println!("{}", q);
}
