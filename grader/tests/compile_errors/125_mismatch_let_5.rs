fn main() {
    let ratio: f64 = 3;
    println!("done");
}
