use std::collections::BTreeMap;

fn top_n(text: &str, n: usize) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|w| w.len() > 2) {
        *counts.entry(word.to_lowercase()).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn main() {
    let text = "Futures do nothing unless polled. A future that is never polled never runs; \
                tasks are futures the runtime polls. Polling drives futures forward, and \
                the runtime's scheduler decides which task it polls next.";
    for (rank, (word, count)) in top_n(text, 5).iter().enumerate() {
        println!("{:>2}. {:<10} {}", rank + 1, word, "#".repeat(*count));
    }
    println!("{:?}", top_n("", 3));
    println!("{:?}", top_n("a an the The THE", 2));
}
