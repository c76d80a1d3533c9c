use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::mem;

fn main() {
    let mut queue: VecDeque<i32> = VecDeque::new();
    queue.push_back(1);
    queue.push_front(0);
    println!("{:?}", queue);

    let mut seen = HashSet::new();
    let firsts: Vec<char> = "mississippi".chars().filter(|c| seen.insert(*c)).collect();
    println!("{:?}", firsts);

    let mut m = BTreeMap::new();
    m.insert("b", 2);
    m.insert("a", 1);
    println!("{:?}", m);

    let mut out = String::new();
    write!(out, "{}-{}", 1, 2).unwrap();
    println!("{out}");

    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("a={a} b={b}");
    println!("max u16 = {}", std::u16::MAX);
    println!("{}", std::cmp::max(3, 8));
    println!("{:?}", std::cmp::Ordering::Less);
}
