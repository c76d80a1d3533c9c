use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut s = stream::iter([25u64, 5, 40, 10])
        .map(|ms| async move {
            println!("  start {ms}");
            sleep(Duration::from_millis(ms)).await;
            ms
        })
        .buffered(2);
    let deadline = sleep(Duration::from_millis(60));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            biased;
            _ = &mut deadline => {
                println!("deadline at {} ms", start.elapsed().as_millis());
                break;
            }
            item = s.next() => match item {
                Some(ms) => println!("item {ms} at {} ms", start.elapsed().as_millis()),
                None => {
                    println!("stream ended");
                    break;
                }
            },
            _ = sleep(Duration::from_millis(12)) => println!("idle at {} ms", start.elapsed().as_millis()),
        }
    }
    println!("rest: {:?} at {} ms", s.collect::<Vec<_>>().await, start.elapsed().as_millis());
}
