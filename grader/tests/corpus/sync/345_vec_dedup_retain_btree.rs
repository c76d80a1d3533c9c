use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 1, 4, 4];
    v.dedup();
    println!("{:?}", v);
    let mut w = vec![10, 11, 20, 25, 31, 12];
    w.dedup_by_key(|x| *x / 10);
    println!("{:?}", w);
    let mut s = vec!["a", "A", "b", "B", "b"];
    s.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", s);
    let mut r = vec![1, 2, 3, 4, 5, 6];
    r.retain_mut(|x| {
        *x *= 10;
        *x % 20 != 0
    });
    println!("{:?}", r);
    let mut visited = vec![];
    let mut q = vec![5, 6, 7];
    q.retain(|&x| {
        visited.push(x);
        x != 6
    });
    println!("{:?} {:?}", q, visited);
    let mut d: Vec<i32> = (1..=8).collect();
    let drained: Vec<i32> = d.drain(2..5).collect();
    println!("{:?} {:?}", drained, d);
    let tail = d.split_off(3);
    println!("{:?} {:?}", d, tail);
    d.extend_from_slice(&tail);
    d.rotate_left(2);
    println!("{:?}", d);
    d.swap(0, 4);
    d.reverse();
    println!("{:?}", d);
    println!("{:?}", d.iter().rev().take(2).collect::<Vec<_>>());
    println!("{:?} {:?}", d.binary_search(&100), [1, 3, 5].binary_search(&3));
    println!("{:?}", [1, 3, 5].binary_search(&4));
    println!("{:?}", d.chunks(2).map(|c| c.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("{:?}", d.windows(3).filter(|w| w[0] < w[2]).count());
    println!("{:?}", [1, 2, 3, 4, 5].rchunks(2).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3].split_first());
    println!("{:?}", [0u8; 0].split_last());
    println!("{:?}", vec![0; 3].iter().chain([1].iter()).collect::<Vec<_>>());
    let mut t = vec![3, 1, 2];
    t.insert(3, 9);
    t.truncate(2);
    t.resize(4, -1);
    println!("{:?} {:?} {:?}", t, t.first(), t.last());
    println!("{:?}", t.iter().position(|&x| x == -1));
    println!("{}", t.contains(&-1));
    t.clear();
    println!("{:?} {}", t, t.is_empty());
    let mut m = BTreeMap::new();
    for (i, w) in ["d", "a", "c", "b", "e"].iter().enumerate() {
        m.insert(*w, i);
    }
    println!("{:?}", m.range("b".."d").collect::<Vec<_>>());
    println!("{:?}", m.range("c"..).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", m.range(..="b").next_back());
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("{:?}", m.pop_first());
    *m.entry("z").or_insert(0) += 5;
    *m.entry("a").or_insert(0) += 5;
    m.entry("c").and_modify(|v| *v *= 100).or_insert(1);
    println!("{:?}", m);
    println!("{:?} {:?}", m.remove("c"), m.remove("c"));
    println!("{:?}", m.keys().rev().collect::<Vec<_>>());
    println!("{:?}", m.values().copied().max());
    m.retain(|k, v| *k != "z" && *v > 0);
    println!("{:?} {}", m, m.len());
    let mut hm: HashMap<&str, Vec<u32>> = HashMap::new();
    for (k, v) in [("x", 1), ("y", 2), ("x", 3)] {
        hm.entry(k).or_default().push(v);
    }
    let mut keys: Vec<_> = hm.iter().map(|(k, v)| format!("{}={:?}", k, v)).collect();
    keys.sort();
    println!("{:?}", keys);
    println!("{:?} {:?}", hm.get("x"), hm.get("nope"));
    println!("{:?}", hm.contains_key("y"));
    let hs: HashSet<i32> = [1, 2, 3].into_iter().collect();
    let hs2: HashSet<i32> = [2, 3, 4].into_iter().collect();
    let mut inter: Vec<_> = hs.intersection(&hs2).collect();
    inter.sort();
    let mut diff: Vec<_> = hs.difference(&hs2).copied().collect();
    diff.sort();
    println!("{:?} {:?}", inter, diff);
    let mut dq: VecDeque<i32> = VecDeque::new();
    dq.push_back(1);
    dq.push_front(0);
    dq.push_back(2);
    dq.rotate_left(1);
    println!("{:?} {:?} {:?}", dq, dq.front(), dq.back());
    println!("{:?} {:?}", dq.pop_front(), dq.pop_back());
    println!("{:?} {}", dq, dq.len());
    dq.extend([7, 8]);
    println!("{:?} {:?}", dq.iter().rev().collect::<Vec<_>>(), dq.get(1));
    let counts = "abracadabra".chars().fold(BTreeMap::new(), |mut m, c| {
        *m.entry(c).or_insert(0) += 1;
        m
    });
    println!("{:?}", counts);
    let inverted: BTreeMap<i32, Vec<char>> = counts.iter().fold(BTreeMap::new(), |mut acc, (&c, &n)| {
        acc.entry(n).or_insert_with(Vec::new).push(c);
        acc
    });
    println!("{:?}", inverted);
}
