fn main() {
    let s: &str = String::from("x");
    println!("done");
}
