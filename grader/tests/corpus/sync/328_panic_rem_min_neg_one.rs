fn main() {
    let xs = [i32::MIN, -1];
    let mut r = xs[0];
    r %= xs[1];
    println!("{}", r);
}
