fn main() {
    let n: i32 = 5u64;
    println!("done");
}
