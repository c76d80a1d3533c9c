use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

#[derive(Debug)]
struct Point(i32, i32);

fn main() {
    let v = vec![Point(1, 2), Point(-3, 4)];
    println!("{:#?}", v);
    let mut m = BTreeMap::new();
    m.insert("origin", Point(0, 0));
    m.insert("far", Point(100, -100));
    println!("{:#?}", m);
    let nested: Vec<Vec<u8>> = vec![vec![], vec![1], vec![2, 3]];
    println!("{:#?}", nested);
    let set: BTreeSet<&str> = ["b", "a"].into_iter().collect();
    println!("{:#?}", set);
    let dq: VecDeque<(char, bool)> = VecDeque::from(vec![('x', true)]);
    println!("{:#?}", dq);
    let one: HashMap<u8, Option<&str>> = HashMap::from([(1, None)]);
    println!("{:#?}", one);
    let r: Result<Point, String> = Err("bad\npoint".into());
    println!("{:#?}", r);
    println!("{:#?}", [[1.5, 2.0]]);
    println!("{:#?}", "just a string");
    println!("{:#?}", ((), ((),)));
}
