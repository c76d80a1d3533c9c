use futures::future::select_all;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mirrors = [("eu", 250u64), ("us", 120), ("asia", 400)];
    let futs = mirrors
        .iter()
        .map(|&(name, ms)| {
            Box::pin(async move {
                sleep(Duration::from_millis(ms)).await;
                name
            })
        })
        .collect::<Vec<_>>();
    let (winner, index, rest) = select_all(futs).await;
    println!("fastest mirror {winner} (index {index}) at {} ms, {} still running", start.elapsed().as_millis(), rest.len());
    let (second, _, rest) = select_all(rest).await;
    println!("then {second} at {} ms", start.elapsed().as_millis());
    drop(rest);
    println!("dropped the last one");
}
