use std::collections::BTreeMap;
fn main() {
    let m: BTreeMap<i32, &str> = [(1, "a"), (2, "b"), (3, "c")].into_iter().collect();
    println!("{:?}", m.range(2..).collect::<Vec<_>>());
    println!("unreachable {:?}", m.range(3..1).count());
}
