use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<char> = "abc".chars().collect();
    d.rotate_right(3);
    println!("{d:?}");
    d.rotate_left(4);
    println!("unreachable {d:?}");
}
