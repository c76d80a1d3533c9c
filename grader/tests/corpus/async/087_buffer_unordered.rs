use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn download(id: u64) -> (u64, u128) {
    sleep(Duration::from_millis(100 + (id % 3) * 100)).await;
    (id, 0)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let results: Vec<(u64, u128)> = stream::iter(1..=6)
        .map(download)
        .buffer_unordered(2)
        .map(|(id, _)| (id, start.elapsed().as_millis()))
        .collect()
        .await;
    for (id, at) in &results {
        println!("download {id} done at {at} ms");
    }
    println!("total {} ms", start.elapsed().as_millis());
    let start = Instant::now();
    let ordered: Vec<u64> = stream::iter(1..=6).map(download).buffered(3).map(|(id, _)| id).collect().await;
    println!("{ordered:?} in {} ms", start.elapsed().as_millis());
}
