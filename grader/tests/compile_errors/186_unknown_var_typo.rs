fn main() {
    let total = 10;
    println!("{}", totl);
}
