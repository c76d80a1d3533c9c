fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.rotate_right(1);
    println!("{v:?}");
    v.rotate_right(9);
    println!("unreachable {v:?}");
}
