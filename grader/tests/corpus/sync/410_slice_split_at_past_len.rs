fn main() {
    let v = vec![1, 2, 3];
    let (a, b) = v.split_at(1);
    println!("{a:?} {b:?}");
    let (c, d) = v.split_at(4);
    println!("unreachable {c:?} {d:?}");
}
