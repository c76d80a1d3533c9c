async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

#[tokio::main]
async fn main() {
    let order = async {
        reserve("teapot", 2).await;
        charge(4_800).await;
    };
    order.await;
    println!("order confirmed");
}
