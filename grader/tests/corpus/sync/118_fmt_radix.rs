fn main() {
    let n = 255;
    println!("{:x} {:X} {:o} {:b}", n, n, n, n);
    println!("{:#x} {:#X} {:#o} {:#b}", n, n, n, n);
    println!("{:08b}", 5u8);
    println!("{:#010b}", 5u8);
    println!("{:#06x}", 255);
    println!("{:04X}", 0xBEEF);
    println!("{:x}", -1i8);
    println!("{:b}", -2i16);
    println!("{:#x}", u64::MAX);
    println!("{:>#8x}|", 26);
    println!("{:<#8x}|", 26);
    println!("{:#x?}", [10, 11]);
    println!("{:x?}", vec![255u8, 16]);
    let color = (18u8, 52u8, 86u8);
    println!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2);
    for flags in [0u8, 1, 6, 255] {
        println!("{flags:3} = {flags:08b}");
    }
    println!("{:e}", 1500);
    println!("{:x}", 0);
    println!("{:#b}", 0);
}
