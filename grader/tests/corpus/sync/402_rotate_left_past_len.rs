fn main() {
    let mut v = vec![1, 2, 3, 4];
    v.rotate_left(4);
    println!("{v:?}");
    v.rotate_left(5);
    println!("unreachable {v:?}");
}
