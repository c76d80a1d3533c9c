use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = (1..=5).collect();
    d.insert(0, 0);
    d.insert(6, 6);
    d.insert(3, 99);
    println!("{d:?}");
    d.swap(0, 7);
    d.swap(2, 2);
    println!("{d:?} {:?} {:?}", d.get(7), d.get(8));
    d.rotate_left(2);
    d.push_front(-1);
    println!("{d:?}");
    let tail: Vec<i32> = d.drain(6..).collect();
    println!("{tail:?} {d:?}");
}
