fn main() {
    println!("{}", 'f'.is_digit(16));
    println!("unreachable {}", '1'.is_digit(40));
}
