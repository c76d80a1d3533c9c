use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn main() {
    let words = ["apple", "bob", "apple", "cat"];
    let v: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("{v:?}");
    let s: String = words.iter().map(|w| w.chars().next().unwrap()).collect();
    println!("{s}");
    let joined: String = words.iter().copied().collect::<Vec<_>>().join("|");
    println!("{joined}");
    let hm: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    let mut hm_sorted: Vec<_> = hm.into_iter().collect();
    hm_sorted.sort();
    println!("{hm_sorted:?}");
    let hs: HashSet<&str> = words.iter().copied().collect();
    println!("{}", hs.len());
    let bm: BTreeMap<usize, &str> = words.iter().map(|w| (w.len(), *w)).collect();
    println!("{bm:?}");
    let bs: BTreeSet<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("{bs:?}");
    let dq: VecDeque<i32> = (1..4).collect();
    println!("{dq:?}");
    let r: Result<Vec<u8>, std::num::ParseIntError> = ["1", "2"].iter().map(|s| s.parse()).collect();
    println!("{r:?}");
    let r: Result<Vec<u8>, std::num::ParseIntError> = ["1", "999"].iter().map(|s| s.parse()).collect();
    println!("{r:?}");
    let o: Option<Vec<char>> = ["a", "b"].iter().map(|s| s.chars().next()).collect();
    println!("{o:?}");
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..=6).partition(|n| n % 2 == 0);
    println!("{even:?} {odd:?}");
    let boxed: Box<[i32]> = (0..3).collect();
    println!("{boxed:?}");
    let from_strings: String = vec![String::from("ab"), String::from("cd")].into_iter().collect();
    println!("{from_strings}");
}
