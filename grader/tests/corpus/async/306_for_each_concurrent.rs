use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    stream::iter([40u64, 10, 30, 10, 20])
        .enumerate()
        .for_each_concurrent(2, |(i, ms)| async move {
            println!("start {i} at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(ms)).await;
            println!("end {i} at {} ms", start.elapsed().as_millis());
        })
        .await;
    println!("limit 2 done at {} ms", start.elapsed().as_millis());
    let start = Instant::now();
    stream::iter(vec![3u64, 1, 2])
        .for_each_concurrent(None, |x| async move {
            sleep(Duration::from_millis(x * 10)).await;
            println!("unbounded {x} at {} ms", start.elapsed().as_millis());
        })
        .await;
    stream::iter(1..=3)
        .for_each(|x| async move {
            sleep(Duration::from_millis(5)).await;
            println!("sequential {x}");
        })
        .await;
    println!("total {} ms", start.elapsed().as_millis());
}
