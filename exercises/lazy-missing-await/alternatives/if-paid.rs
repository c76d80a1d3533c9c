async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

#[tokio::main]
async fn main() {
    reserve("teapot", 2).await;
    if charge(4_800).await {
        println!("order confirmed");
    }
}
