use futures::stream::{FuturesOrdered, FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn after(ms: u64, v: u32) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    println!("  {v} finished");
    v
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut q = FuturesOrdered::new();
    q.push_back(after(30, 1));
    q.push_back(after(10, 2));
    q.push_front(after(20, 0));
    println!("len {}", q.len());
    while let Some(v) = q.next().await {
        println!("ordered {v} at {} ms", start.elapsed().as_millis());
    }
    // JoinHandles of spawned tasks, in completion order.
    let handles: FuturesUnordered<_> = [(1u32, 30u64), (2, 10), (3, 20), (4, 10)]
        .into_iter()
        .map(|(id, ms)| tokio::spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            id
        }))
        .collect();
    let ids: Vec<u32> = handles.map(|r| r.unwrap()).collect().await;
    println!("{ids:?} at {} ms", start.elapsed().as_millis());
}
