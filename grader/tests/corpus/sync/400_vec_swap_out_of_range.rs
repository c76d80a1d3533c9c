fn main() {
    let mut v = vec![1, 2, 3];
    v.swap(0, 2);
    println!("{v:?}");
    v.swap(1, 7);
    println!("unreachable {v:?}");
}
