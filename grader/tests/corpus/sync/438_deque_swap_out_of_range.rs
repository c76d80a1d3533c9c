use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = (1..=3).collect();
    d.swap(0, 2);
    println!("{d:?}");
    d.swap(0, 3);
    println!("unreachable {d:?}");
}
