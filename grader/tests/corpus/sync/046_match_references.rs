#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let numbers = vec![1, 2, 3, 4];
    let total: i32 = numbers.iter().map(|&n| n * 10).sum();
    println!("total {total}");
    for &n in &numbers {
        if let 2 | 4 = n {
            println!("even {n}");
        }
    }
    let pair = &(5, "five");
    let &(num, word) = pair;
    println!("{num} {word}");
    let (n2, w2) = pair;
    println!("{} {}", n2 + 1, w2.len());
    let mut items = vec![Item { name: "apple".into(), qty: 3 }, Item { name: "pear".into(), qty: 0 }];
    for item in &mut items {
        let Item { name, qty } = item;
        *qty += 1;
        name.push('!');
    }
    println!("{:?}", items);
    let maybe = Some(String::from("boxed"));
    if let Some(ref s) = maybe {
        println!("borrowed {s}");
    }
    println!("still have {:?}", maybe);
    let mut counter = Some(0);
    if let Some(ref mut c) = counter {
        *c += 5;
    }
    println!("{counter:?}");
    match &items[0] {
        Item { qty: 0, .. } => println!("none"),
        Item { name, qty } => println!("{name} x{qty}"),
    }
}
