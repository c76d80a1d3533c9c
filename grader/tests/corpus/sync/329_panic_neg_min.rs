fn flip(x: i16) -> i16 {
    -x
}
fn main() {
    println!("{}", flip(i16::MAX));
    println!("{}", flip(i16::MIN));
}
