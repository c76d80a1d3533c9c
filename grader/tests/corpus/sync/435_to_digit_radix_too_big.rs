fn main() {
    println!("{:?}", 'z'.to_digit(36));
    println!("unreachable {:?}", 'z'.to_digit(37));
}
