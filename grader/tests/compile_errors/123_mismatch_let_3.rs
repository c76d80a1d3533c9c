fn main() {
    let name: String = "ada";
    println!("done");
}
