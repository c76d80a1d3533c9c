fn rem(a: i32, b: i32) -> i32 {
    a % b
}
fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(-7, 3));
    let z = rem(1, 1) + rem(4, 2);
    println!("{}", rem(9, z));
}
