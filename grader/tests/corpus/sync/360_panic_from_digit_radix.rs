fn main() {
    println!("{:?}", char::from_digit(11, 16));
    println!("{:?}", char::from_digit(11, 10));
    let radix = 20 * 2;
    println!("{:?}", char::from_digit(1, radix));
}
