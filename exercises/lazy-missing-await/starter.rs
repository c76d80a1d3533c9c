async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

#[tokio::main]
async fn main() {
    // TODO: these steps never run. Make them run, in this order.
    reserve("teapot", 2);
    charge(4_800);
    println!("order confirmed");
}
