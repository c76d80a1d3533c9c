fn main() {
    println!("i8    {} {}", i8::MIN, i8::MAX);
    println!("i16   {} {}", i16::MIN, i16::MAX);
    println!("i32   {} {}", i32::MIN, i32::MAX);
    println!("i64   {} {}", i64::MIN, i64::MAX);
    println!("i128  {} {}", i128::MIN, i128::MAX);
    println!("isize {} {}", isize::MIN, isize::MAX);
    println!("u8    {} {}", u8::MIN, u8::MAX);
    println!("u16   {} {}", u16::MIN, u16::MAX);
    println!("u32   {} {}", u32::MIN, u32::MAX);
    println!("u64   {} {}", u64::MIN, u64::MAX);
    println!("u128  {} {}", u128::MIN, u128::MAX);
    println!("usize {} {}", usize::MIN, usize::MAX);
    println!("bits: {} {} {}", u8::BITS, i64::BITS, u128::BITS);
    println!("sizes: {} {} {}", std::mem::size_of::<u16>(), std::mem::size_of::<i128>(), std::mem::size_of::<usize>());
    let big: u64 = 1 << 40;
    println!("{big} {}", big.count_ones());
    println!("{} {}", 40u32.leading_zeros(), 40u32.trailing_zeros());
}
