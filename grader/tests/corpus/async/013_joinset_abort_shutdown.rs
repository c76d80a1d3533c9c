use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for i in 1..=3u64 {
        set.spawn(async move {
            sleep(Duration::from_millis(i * 100)).await;
            println!("worker {i} done");
            i
        });
    }
    let first = set.join_next().await.unwrap().unwrap();
    println!("first result {first} at {} ms", start.elapsed().as_millis());
    set.abort_all();
    let mut cancelled = 0;
    while let Some(res) = set.join_next().await {
        if res.unwrap_err().is_cancelled() {
            cancelled += 1;
        }
    }
    println!("cancelled {cancelled} at {} ms", start.elapsed().as_millis());
    let mut set = JoinSet::new();
    set.spawn(async {
        sleep(Duration::from_secs(10)).await;
        println!("never printed");
    });
    set.shutdown().await;
    println!("shut down, len {} at {} ms", set.len(), start.elapsed().as_millis());
}
