async fn reserve(item: &str, quantity: u32) {
    println!("reserved {quantity} x {item}");
}

async fn charge(cents: u64) -> bool {
    println!("charged {cents} cents");
    true
}

#[tokio::main]
async fn main() {
    let reservation = reserve("teapot", 2);
    reservation.await;
    let payment = charge(4_800);
    match payment.await {
        true => println!("order confirmed"),
        false => println!("order failed"),
    }
}
