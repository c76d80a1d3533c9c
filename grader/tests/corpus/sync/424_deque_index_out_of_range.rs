use std::collections::VecDeque;
fn main() {
    let d: VecDeque<i32> = (1..=3).collect();
    println!("{}", d[2]);
    println!("unreachable {}", d[3]);
}
