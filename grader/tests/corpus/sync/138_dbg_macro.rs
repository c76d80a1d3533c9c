#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
}

fn factorial(n: u32) -> u32 {
    if dbg!(n <= 1) {
        dbg!(1)
    } else {
        dbg!(n * factorial(n - 1))
    }
}

fn main() {
    let a = 2;
    let b = dbg!(a * 3) + 1;
    println!("b = {b}");
    let item = Item { name: "bolt".into(), qty: 12 };
    let item = dbg!(item);
    println!("still have {}", item.name);
    dbg!(&item.qty, "two values");
    dbg!();
    let v = dbg!(vec![1, 2]);
    println!("{v:?}");
    factorial(2);
    let t = dbg!((1, "x"));
    println!("{:?}", t);
}
