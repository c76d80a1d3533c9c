fn main() {
    println!("{}", u64::MAX.isqrt());
    println!("{}", (u64::MAX - 1).isqrt());
    println!("{}", 4_294_967_296u64.isqrt());
    println!("{}", i64::MAX.isqrt());
    println!("{}", 99usize.isqrt());
    println!("{}", 0u8.isqrt());
    println!("{}", 255u8.isqrt());
    let n: i32 = -4;
    println!("unreachable {}", n.isqrt());
}
