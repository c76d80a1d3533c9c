async fn ping(n: u32) {
    if n > 0 {
        println!("ping {n}");
        pong(n - 1).await; //~ async_recursion_unboxed
    }
}

async fn pong(n: u32) {
    if n > 0 {
        println!("pong {n}");
        ping(n - 1).await; //~ async_recursion_unboxed
    }
}

#[tokio::main]
async fn main() {
    ping(3).await;
}
