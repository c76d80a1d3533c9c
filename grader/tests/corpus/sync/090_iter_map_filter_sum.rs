#[derive(Debug)]
struct Order {
    item: &'static str,
    price_cents: u32,
    qty: u32,
    shipped: bool,
}

fn main() {
    let orders = vec![
        Order { item: "book", price_cents: 1250, qty: 2, shipped: true },
        Order { item: "pen", price_cents: 199, qty: 10, shipped: false },
        Order { item: "lamp", price_cents: 4599, qty: 1, shipped: true },
        Order { item: "mug", price_cents: 899, qty: 3, shipped: false },
    ];
    let revenue: u32 = orders.iter().map(|o| o.price_cents * o.qty).sum();
    println!("revenue ${}.{:02}", revenue / 100, revenue % 100);
    let pending: Vec<&str> = orders.iter().filter(|o| !o.shipped).map(|o| o.item).collect();
    println!("pending {pending:?}");
    let big: Vec<String> = orders
        .iter()
        .filter(|o| o.price_cents * o.qty > 2000)
        .map(|o| format!("{}x{}", o.qty, o.item))
        .collect();
    println!("big {big:?}");
    let units: u32 = orders.iter().map(|o| o.qty).sum();
    println!("units {units}");
    let codes: Vec<u32> = "a1b22c333".split(char::is_alphabetic).filter_map(|s| s.parse().ok()).collect();
    println!("{codes:?}");
    let avg = orders.iter().map(|o| o.price_cents as f64).sum::<f64>() / orders.len() as f64;
    println!("average price {:.2}", avg / 100.0);
}
