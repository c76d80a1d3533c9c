use tokio::time::{sleep, Duration, Instant};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let token = CancellationToken::new();
    let mut handles = Vec::new();
    for id in 1..=2u64 {
        let token = token.clone();
        handles.push(tokio::spawn(async move {
            let mut ticks = 0;
            loop {
                tokio::select! {
                    biased;
                    _ = token.cancelled() => {
                        println!("worker {id} cancelled after {ticks} ticks at {} ms", start.elapsed().as_millis());
                        break;
                    }
                    _ = sleep(Duration::from_millis(id * 40)) => ticks += 1,
                }
            }
            ticks
        }));
    }
    sleep(Duration::from_millis(250)).await;
    token.cancel();
    for h in handles {
        println!("returned {}", h.await.unwrap());
    }
    println!("is_cancelled {}", token.is_cancelled());
    let parent = CancellationToken::new();
    let child = parent.child_token();
    child.cancel();
    println!("child cancelled: {}, parent cancelled: {}", child.is_cancelled(), parent.is_cancelled());
    let child2 = parent.child_token();
    parent.cancel();
    println!("child2 cancelled via parent: {}", child2.is_cancelled());
}
