fn main() {
    println!("{}", (-7i32).rem_euclid(3));
    let m = -1;
    println!("unreachable {}", i32::MIN.rem_euclid(m));
}
