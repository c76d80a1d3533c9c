fn main() {
    println!("{:?}", i64::from_str_radix("-ff", 16));
    println!("{:?}", u8::from_str_radix("11", 2));
    println!("unreachable {:?}", i8::from_str_radix("1", 1));
}
