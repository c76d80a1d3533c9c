async fn ping(n: u32) {
    if n > 0 {
        println!("ping {n}");
        Box::pin(pong(n - 1)).await;
    }
}

async fn pong(n: u32) {
    if n > 0 {
        println!("pong {n}");
        ping(n - 1).await;
    }
}

#[tokio::main]
async fn main() {
    ping(3).await;
}
