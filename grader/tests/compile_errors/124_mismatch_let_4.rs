fn main() {
    let flag: bool = 1;
    println!("done");
}
