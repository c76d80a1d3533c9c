fn main() {
    let mut v = vec![1, 2, 3];
    let d: Vec<i32> = v.drain(0..=usize::MAX).collect();
    println!("unreachable {d:?}");
}
