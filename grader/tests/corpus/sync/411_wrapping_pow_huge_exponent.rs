fn main() {
    println!("{}", 3u32.wrapping_pow(4_000_000_000));
    println!("{}", 7i64.wrapping_pow(u32::MAX));
    println!("{}", 2u8.wrapping_pow(9));
    println!("{}", (-3i16).wrapping_pow(3_999_999_999));
    println!("{}", 1u64.wrapping_pow(u32::MAX));
}
