fn pick(xs: &[i32], i: usize) -> i32 {
    xs[i]
}
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", pick(&v, 1));
    let s: &[i32] = &v[1..];
    println!("{}", s[0]);
    println!("{}", pick(&v, 7));
}
