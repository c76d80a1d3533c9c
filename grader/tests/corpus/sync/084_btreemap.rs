use std::collections::BTreeMap;

fn main() {
    let mut scores: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for (name, s) in [("zoe", 70), ("adam", 95), ("mia", 80), ("adam", 60), ("zoe", 90)] {
        scores.entry(name).or_insert_with(Vec::new).push(s);
    }
    for (name, list) in &scores {
        let avg = list.iter().sum::<u32>() as f64 / list.len() as f64;
        println!("{name:>5}: {list:?} avg {avg:.1}");
    }
    println!("{:?}", scores.keys().collect::<Vec<_>>());
    println!("first {:?}", scores.first_key_value());
    println!("last {:?}", scores.last_key_value().map(|(k, _)| k));
    let mut years: BTreeMap<u32, &str> = BTreeMap::new();
    years.insert(1995, "Java");
    years.insert(2015, "Rust 1.0");
    years.insert(1972, "C");
    years.insert(1991, "Python");
    println!("{:?}", years);
    for (y, lang) in years.range(1990..2000) {
        println!("90s: {y} {lang}");
    }
    println!("{:?}", years.range(..1980).next_back());
    println!("{:?}", years.remove(&1972));
    println!("{:?}", years.get(&2015));
    println!("{:?}", years.iter().rev().next());
    println!("{:?}", years.pop_first());
    println!("{years:?} len {}", years.len());
    println!("{:#?}", years);
}
