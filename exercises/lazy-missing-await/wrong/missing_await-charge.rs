// fails: stdout, no missing_await, no warnings
async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

#[tokio::main]
async fn main() {
    // Only the first step was fixed.
    reserve("teapot", 2).await;
    charge(4_800);
    println!("order confirmed");
}
