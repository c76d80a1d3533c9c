// fails: stdout
// checks only: charging before reserving is a wrong order of business steps; every future is awaited
async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

#[tokio::main]
async fn main() {
    let paid = charge(4_800).await;
    reserve("teapot", 2).await;
    assert!(paid);
    println!("order confirmed");
}
