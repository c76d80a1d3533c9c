fn main() {
    let total: u32 = "10";
    println!("done");
}
