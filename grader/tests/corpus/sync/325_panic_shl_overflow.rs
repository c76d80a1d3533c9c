fn shift(x: u32, by: u32) -> u32 {
    x << by
}
fn main() {
    println!("{}", shift(1, 31));
    let mut n = 1u8;
    n <<= 7;
    println!("{}", n);
    println!("{}", shift(1, 32));
}
