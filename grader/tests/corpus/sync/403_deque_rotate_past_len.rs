use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = (1..=4).collect();
    d.rotate_left(1);
    println!("{d:?}");
    d.rotate_right(6);
    println!("unreachable {d:?}");
}
