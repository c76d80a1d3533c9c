fn main() {
    let mut b: u8 = 2;
    for e in 0..10u32 {
        println!("{}", b.pow(e));
        b = 3;
    }
}
