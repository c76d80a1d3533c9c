fn main() {
    let n: u32 = 5;
    let limit: i64 = 10;
    if n < limit {
        println!("under");
    }
}
