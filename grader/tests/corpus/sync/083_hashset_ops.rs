use std::collections::HashSet;

fn sorted(set: &HashSet<i32>) -> Vec<i32> {
    let mut v: Vec<i32> = set.iter().copied().collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = HashSet::from([3, 4, 5]);
    let union: HashSet<i32> = a.union(&b).copied().collect();
    let inter: HashSet<i32> = a.intersection(&b).copied().collect();
    let diff: HashSet<i32> = a.difference(&b).copied().collect();
    let sym: HashSet<i32> = a.symmetric_difference(&b).copied().collect();
    println!("union {:?}", sorted(&union));
    println!("inter {:?}", sorted(&inter));
    println!("diff {:?}", sorted(&diff));
    println!("sym {:?}", sorted(&sym));
    let mut s = HashSet::new();
    println!("{} {} {}", s.insert("x"), s.insert("y"), s.insert("x"));
    println!("len {} contains y {}", s.len(), s.contains("y"));
    println!("{} {}", s.remove("y"), s.remove("y"));
    let small: HashSet<i32> = HashSet::from([3, 4]);
    println!("subset {} superset {} disjoint {}", small.is_subset(&a), a.is_superset(&small), a.is_disjoint(&HashSet::from([9])));
    let words = ["apple", "bob", "apple", "cat", "bob"];
    let unique: HashSet<&str> = words.iter().copied().collect();
    let mut u: Vec<_> = unique.into_iter().collect();
    u.sort_unstable();
    println!("{u:?}");
    let dup = words.iter().enumerate().find(|(i, w)| words[..*i].contains(w));
    println!("first repeat {:?}", dup);
}
