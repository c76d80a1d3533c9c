async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

async fn place_order() -> bool {
    reserve("teapot", 2).await;
    charge(4_800).await
}

#[tokio::main]
async fn main() {
    let confirmed = place_order().await;
    if confirmed {
        println!("order confirmed");
    } else {
        println!("payment failed");
    }
}
