fn main() {
    let chars = ['a', 'Z', '7', ' ', 'é', '\n', '🦀', '_'];
    for c in chars {
        println!(
            "{:?}: alpha={} num={} alnum={} ws={} upper={} lower={} ascii={} len_utf8={}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_alphanumeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_ascii(),
            c.len_utf8()
        );
    }
    println!("{:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16));
    println!("{:?} {:?}", 'z'.to_digit(10), std::char::from_digit(7, 10));
    println!("{:?}", char::from_u32(0x41));
    println!("{} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase());
    println!("{}", 'ß'.to_uppercase());
    println!("{}", ('a'..='e').collect::<String>());
    println!("{}", (b'a' + 2) as char);
    println!("{:?} {:?} {:?}", '\'', '"', '\t');
    println!("{}", 'A' < 'a');
}
