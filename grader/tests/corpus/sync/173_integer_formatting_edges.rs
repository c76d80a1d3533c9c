fn main() {
    println!("[{:>6}] [{:<6}] [{:^6}]", -42, -42, -42);
    println!("[{:06}] [{:+06}] [{:<06}]", -42, 42, 7);
    println!("{}", i64::MIN);
    println!("[{:25}]", i128::MIN);
    println!("{:?}", (i8::MIN, u16::MAX, -0i32));
    println!("{:5}|{:<5}|{:^5}|", 'c', 'c', 'c');
    println!("{:e}", 123456789u64);
    println!("{:E}", 1000i32);
    println!("{:e}", 0u8);
    println!("{:+e}", -7i8);
    println!("{:#?}", (1u8, -2i16));
    println!("{:#?}", [1usize; 0]);
    println!("{}", 1_000_000u32);
    println!("{}", 0x_FF_u8);
    println!("{}", 0o777);
    println!("{}", 0b1111_0000u8 as i8);
    println!("{}", 1e3 as u16);
    println!("{}", b'\n');
    println!("{}", '\u{41}' as u16 + 1);
}
