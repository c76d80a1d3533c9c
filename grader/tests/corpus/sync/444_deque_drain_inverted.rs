use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = (1..=5).collect();
    let a: Vec<i32> = d.drain(..=1).collect();
    println!("{a:?} {d:?}");
    let lo = d.len();
    let b: Vec<i32> = d.drain(lo..1).collect();
    println!("unreachable {b:?}");
}
