use std::collections::HashMap;

fn main() {
    let text = "the cat sat on the mat the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.iter().map(|(w, c)| (*w, *c)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in &pairs {
        println!("{w:<4} {c}");
    }
    println!("distinct {}", counts.len());
    println!("the={:?} dog={:?}", counts.get("the"), counts.get("dog"));
    let mut letters: HashMap<char, Vec<&str>> = HashMap::new();
    for w in text.split(' ') {
        letters.entry(w.chars().next().unwrap()).or_default().push(w);
    }
    let mut keys: Vec<_> = letters.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {:?}", letters[&k]);
    }
}
