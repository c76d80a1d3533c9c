fn main() {
    println!("{}", 300i32 as u8);
    println!("{}", -1i32 as u8);
    println!("{}", -1i8 as u32);
    println!("{}", 200u8 as i8);
    println!("{}", u64::MAX as i64);
    println!("{}", 3.99f64 as i32);
    println!("{}", -3.99f64 as i32);
    println!("{}", 1e20f64 as i32);
    println!("{}", -1e20f64 as i32);
    println!("{}", f64::NAN as u8);
    println!("{}", -5.0f64 as u32);
    println!("{}", 'A' as u8);
    println!("{}", 'é' as u32);
    println!("{}", 97u8 as char);
    println!("{}", i64::MAX as f64);
    println!("{}", 16777217i32 as f32);
    println!("{}", 255u8 as i32 + 1);
    println!("{}", true as i32 + false as i32);
    println!("{}", (1u64 << 40) as u32);
    println!("{}", -129i32 as i8);
    println!("{}", 0.1f32 as f64);
    let len: usize = 5;
    println!("{}", len as i32 - 10);
}
