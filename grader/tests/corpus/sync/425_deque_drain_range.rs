use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = (1..=6).collect();
    let mid: Vec<i32> = d.drain(1..3).collect();
    println!("{mid:?} {d:?}");
    let tail: Vec<i32> = d.drain(2..).collect();
    println!("{tail:?} {d:?}");
    let all: Vec<i32> = d.drain(..).collect();
    println!("{all:?} {d:?}");
}
