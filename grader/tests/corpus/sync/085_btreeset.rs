use std::collections::BTreeSet;

fn main() {
    let mut tags: BTreeSet<&str> = BTreeSet::new();
    for t in ["rust", "async", "web", "rust", "cli", "async"] {
        if !tags.insert(t) {
            println!("duplicate {t}");
        }
    }
    println!("{tags:?}");
    println!("first {:?} last {:?}", tags.first(), tags.last());
    println!("{:?}", tags.iter().rev().collect::<Vec<_>>());
    let nums: BTreeSet<u32> = (1..=20).filter(|n| n % 3 == 0).collect();
    println!("{:?}", nums);
    println!("{:?}", nums.range(5..=12).collect::<Vec<_>>());
    let evens: BTreeSet<u32> = (1..=20).filter(|n| n % 2 == 0).collect();
    println!("{:?}", nums.intersection(&evens).collect::<Vec<_>>());
    println!("{:?}", nums.union(&evens).count());
    println!("{:?}", nums.difference(&evens).collect::<Vec<_>>());
    let mut letters: BTreeSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    println!("{}", letters.iter().collect::<String>());
    letters.remove(&'o');
    println!("{} {}", letters.len(), letters.contains(&'o'));
    println!("{:?}", letters.pop_last());
}
