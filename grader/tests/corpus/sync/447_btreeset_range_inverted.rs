use std::collections::BTreeSet;
fn main() {
    let s: BTreeSet<u8> = [5, 1, 3].into_iter().collect();
    println!("{:?}", s.range(2..=3).collect::<Vec<_>>());
    println!("{:?}", s.range(3..3).count());
    println!("unreachable {:?}", s.range(4..=2).count());
}
