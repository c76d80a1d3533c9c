use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = (1..=3).collect();
    d.insert(3, 9);
    println!("{d:?}");
    d.insert(7, 9);
    println!("unreachable {d:?}");
}
