use futures::stream::{FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn request(id: u32, ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    id
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut pending = FuturesUnordered::new();
    for (id, ms) in [(1, 300), (2, 100), (3, 200)] {
        pending.push(request(id, ms));
    }
    println!("{} futures pending", pending.len());
    while let Some(id) = pending.next().await {
        println!("request {id} completed at {} ms", start.elapsed().as_millis());
        if id == 2 {
            pending.push(request(99, 50));
        }
    }
    println!("all done, empty: {}", pending.is_empty());
}
