fn main() {
    for e in [10u32, 20, 31, 32] {
        println!("2^{} = {}", e, 2u32.pow(e));
    }
}
