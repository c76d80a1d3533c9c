fn main() {
    println!("{:?}", u32::from_str_radix("zz", 36));
    println!("unreachable {:?}", u32::from_str_radix("1", 40));
}
