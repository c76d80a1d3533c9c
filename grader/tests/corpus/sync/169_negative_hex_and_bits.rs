fn main() {
    println!("{:x} {:X}", -1i32, -255i16);
    println!("{:b}", -1i8);
    println!("{:o}", -8i32);
    println!("{:#x}", -1i64);
    println!("{:#010x}", -2i32 as u32);
    let flags: u8 = 0b1011_0010;
    for bit in (0..8).rev() {
        print!("{}", (flags >> bit) & 1);
    }
    println!();
    println!("{} {} {}", flags.count_ones(), flags.count_zeros(), flags.leading_zeros());
    println!("{:08b}", flags.rotate_left(3));
    println!("{:08b}", flags.reverse_bits());
    println!("{:#06x}", u16::from_be_bytes([0x12, 0x34]));
    println!("{:?}", 0x1234u16.to_le_bytes());
    println!("{}", i32::from_str_radix("-1010", 2).unwrap());
    println!("{:x}", 0xdead_beefu32.swap_bytes());
}
