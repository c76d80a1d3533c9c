use std::collections::BTreeMap;

fn main() {
    let text = "It was the best of times, it was the worst of times; \
                it was the age of wisdom, it was the age of foolishness.";
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    println!("{} words, {} chars, {} sentences", words.len(), text.chars().count(), text.matches(|c| c == '.' || c == ';').count());
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &words {
        *freq.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut top: Vec<(&str, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    for (w, n) in top.iter().take(4) {
        println!("{w:>8} {}", "*".repeat(*n));
    }
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {longest}");
    let avg = words.iter().map(|w| w.len()).sum::<usize>() as f64 / words.len() as f64;
    println!("average length {avg:.3}");
    let capitalized: Vec<String> = words.iter().take(5).map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    }).collect();
    println!("{}", capitalized.join(" "));
}
