fn apply_discount(price: u32, percent: u32) -> u32 {
    price - price * percent / 100
}

fn main() {
    assert_eq!(apply_discount(200, 10), 180);
    println!("10% ok");
    assert_eq!(apply_discount(99, 50), 49);
    println!("50% ok");
}
