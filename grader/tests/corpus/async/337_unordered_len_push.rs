use futures::stream::{FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn job(id: u32, ms: u64) -> (u32, u64) {
    sleep(Duration::from_millis(ms)).await;
    (id, ms)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = FuturesUnordered::new();
    println!("empty {} len {}", set.is_empty(), set.len());
    set.push(Box::pin(job(1, 40)));
    set.push(Box::pin(job(2, 10)));
    println!("len {} iter count {}", set.len(), set.iter().count());
    let mut next_id = 3;
    while let Some((id, ms)) = set.next().await {
        println!("job {id} ({ms} ms) done at {} ms, {} left", start.elapsed().as_millis(), set.len());
        if next_id <= 5 {
            set.push(Box::pin(job(next_id, ms / 2 + 5)));
            println!("  pushed job {next_id}, len {}", set.len());
            next_id += 1;
        }
    }
    println!("empty {} at {} ms", set.is_empty(), start.elapsed().as_millis());
    set.push(Box::pin(job(9, 1)));
    println!("after push: {:?}", set.next().await);
    println!("then: {:?}", set.next().await);
}
