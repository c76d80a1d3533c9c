fn main() {
    let count: usize = 3;
    let done: String = count;
    println!("done");
}
