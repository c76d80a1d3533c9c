fn main() {
    println!("{}", 2i32.pow(10));
    println!("{}", 10u64.pow(18));
    println!("{}", (-3i32).pow(3));
    println!("{}", (-7i32).abs());
    println!("{}", (-7i64).signum());
    println!("{} {}", 0i32.signum(), 9i32.signum());
    println!("{}", 17u32.is_power_of_two());
    println!("{}", 17u32.next_power_of_two());
    println!("{}", (-5i32).abs_diff(5));
    println!("{}", 3u8.min(9).max(4));
    println!("{}", 15i32.clamp(0, 10));
    println!("{}", i32::MAX.abs());
    let digits: u32 = 9875u32.to_string().chars().map(|c| c.to_digit(10).unwrap()).sum();
    println!("{digits}");
    println!("{}", 2u128.pow(100));
}
