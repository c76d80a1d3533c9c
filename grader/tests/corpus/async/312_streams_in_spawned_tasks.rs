use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let a = tokio::spawn(async move {
        let mut s = stream::iter([15u64, 5, 10]).map(|ms| async move {
            sleep(Duration::from_millis(ms)).await;
            ms
        }).buffer_unordered(2);
        while let Some(ms) = s.next().await {
            println!("task A got {ms} at {} ms", start.elapsed().as_millis());
        }
    });
    let b = tokio::spawn(async move {
        let mut set = FuturesUnordered::new();
        for ms in [10u64, 5, 15] {
            set.push(async move {
                sleep(Duration::from_millis(ms)).await;
                if ms == 15 {
                    panic!("child {ms} failed");
                }
                ms
            });
        }
        while let Some(ms) = set.next().await {
            println!("task B got {ms} at {} ms", start.elapsed().as_millis());
        }
    });
    for i in 0..3 {
        sleep(Duration::from_millis(5)).await;
        println!("main tick {i} at {} ms", start.elapsed().as_millis());
    }
    println!("A: {:?}", a.await.is_ok());
    let e = b.await.unwrap_err();
    println!("B: {e}");
}
