fn halve(a: i8, b: i8) -> i8 {
    a / b
}
fn main() {
    println!("{}", halve(-128, 2));
    println!("{}", halve(127, -1));
    println!("{}", halve(i8::MIN, -1));
}
