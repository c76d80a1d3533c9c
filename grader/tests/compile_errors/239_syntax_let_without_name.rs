fn main() {
    let = 5;
    println!("hi");
}
