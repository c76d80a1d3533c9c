use futures::future;
use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

async fn double(x: u64) -> u64 {
    sleep(Duration::from_millis(x)).await;
    x * 2
}

fn keep_odd(x: u64) -> future::Ready<Option<u64>> {
    future::ready(if x % 2 == 1 { Some(x) } else { None })
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let v: Vec<u64> = stream::iter(1..=4).then(double).collect().await;
    println!("then fn {v:?} at {} ms", start.elapsed().as_millis());
    let factor = 3;
    let v: Vec<u64> = stream::iter(1..=3)
        .then(|x| async move {
            sleep(Duration::from_millis(5)).await;
            x * factor
        })
        .collect()
        .await;
    println!("then block {v:?} at {} ms", start.elapsed().as_millis());
    let v: Vec<u64> = stream::iter(1..=6).filter_map(keep_odd).collect().await;
    println!("filter_map fn {v:?}");
    let v: Vec<String> = stream::iter(vec!["1", "x", "3"])
        .filter_map(|s| async move { s.parse::<u64>().ok().map(|n| format!("<{n}>")) })
        .collect()
        .await;
    println!("filter_map block {v:?}");
    let limit = 3;
    let v: Vec<u64> = stream::iter(1..=6)
        .filter(|x| future::ready(*x > limit))
        .then(|x| async move { x + 100 })
        .collect()
        .await;
    println!("filter then {v:?}");
    let v: Vec<u64> = stream::iter(1..=6)
        .filter(move |x| {
            let x = *x;
            async move {
                sleep(Duration::from_millis(1)).await;
                x % 3 == 0
            }
        })
        .collect()
        .await;
    println!("filter async {v:?} at {} ms", start.elapsed().as_millis());
}
