use std::collections::HashMap;

fn main() {
    let mut prices = HashMap::new();
    prices.insert("apple", 3);
    prices.insert("pear", 4);
    let basket = ["apple", "pear", "mango"];
    let mut total = 0;
    for item in basket {
        let p = prices.get(item).copied().unwrap();
        total += p;
        println!("{item}: {p} (total {total})");
    }
}
