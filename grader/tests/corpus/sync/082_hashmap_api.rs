use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    println!("{:?}", stock.insert("apple".to_string(), 5));
    println!("{:?}", stock.insert("apple".to_string(), 7));
    stock.insert("pear".to_string(), 2);
    println!("contains apple: {}", stock.contains_key("apple"));
    if let Some(q) = stock.get_mut("pear") {
        *q += 10;
    }
    println!("pear = {}", stock["pear"]);
    println!("{:?}", stock.remove("apple"));
    println!("{:?}", stock.remove("apple"));
    println!("len {} empty {}", stock.len(), stock.is_empty());
    stock.entry("kiwi".into()).or_insert(1);
    stock.entry("kiwi".into()).and_modify(|q| *q *= 3).or_insert(100);
    let fig = stock.entry("fig".into()).or_insert_with(|| 4);
    *fig += 1;
    let mut all: Vec<_> = stock.iter().collect();
    all.sort();
    println!("{all:?}");
    let mut values: Vec<u32> = stock.values().cloned().collect();
    values.sort();
    println!("{values:?} total {}", stock.values().sum::<u32>());
    for v in stock.values_mut() {
        *v = 0;
    }
    println!("{}", stock.values().all(|&v| v == 0));
    let squares: HashMap<i32, i32> = (1..=4).map(|x| (x, x * x)).collect();
    let mut sq: Vec<_> = squares.into_iter().collect();
    sq.sort();
    println!("{sq:?}");
    stock.retain(|k, _| k.len() > 3);
    let mut keys: Vec<_> = stock.into_keys().collect();
    keys.sort();
    println!("{keys:?}");
}
