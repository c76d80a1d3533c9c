fn hash(s: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for b in s.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

fn main() {
    println!("{}", 250u8.wrapping_add(10));
    println!("{}", 5u8.wrapping_sub(10));
    println!("{}", i8::MAX.wrapping_add(1));
    println!("{}", i32::MIN.wrapping_neg());
    println!("{}", i32::MIN.wrapping_abs());
    println!("{}", 200u8.wrapping_mul(3));
    println!("{}", 1u32.wrapping_shl(35));
    println!("{:?}", 250u8.overflowing_add(10));
    println!("{:?}", 5u8.overflowing_add(10));
    for w in ["", "a", "hello"] {
        println!("fnv1a({w:?}) = {}", hash(w));
    }
}
