// HashMap word counting over 200,000 generated words (1,600 distinct).
use std::collections::HashMap;

fn main() {
    let vocab = [
        "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
        "async", "await", "tokio", "future", "poll", "wake", "task", "spawn",
    ];
    let mut seed: u64 = 42;
    let mut text = String::new();
    for _ in 0..200_000 {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        let word = format!("{}{}", vocab[((seed >> 16) % 16) as usize], (seed >> 8) % 100);
        text.push_str(&word);
        text.push(' ');
    }
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, u32)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{} distinct words", pairs.len());
    for (w, c) in pairs.iter().take(5) {
        println!("{} {}", w, c);
    }
}
