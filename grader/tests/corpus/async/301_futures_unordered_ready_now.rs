use futures::stream::{FuturesUnordered, StreamExt};
use tokio::task::yield_now;

async fn ready(n: u32) -> u32 {
    println!("  poll {n}");
    n
}

async fn yields(n: u32, times: u32) -> u32 {
    for i in 0..times {
        println!("  {n} yields ({i})");
        yield_now().await;
    }
    println!("  {n} done");
    n
}

#[tokio::main]
async fn main() {
    let mut set = FuturesUnordered::new();
    for n in 1..=4 {
        set.push(ready(n));
    }
    // Each `next` polls queued futures in push order and returns the first ready one.
    while let Some(n) = set.next().await {
        println!("got {n}, len {}", set.len());
        if n == 2 {
            set.push(ready(20));
        }
    }
    let mut set = FuturesUnordered::new();
    set.push(yields(1, 2));
    set.push(yields(2, 0));
    set.push(yields(3, 1));
    while let Some(n) = set.next().await {
        println!("got {n}");
    }
    let out: Vec<u32> = vec![ready(7), ready(8), ready(9)].into_iter().collect::<FuturesUnordered<_>>().collect().await;
    println!("{out:?}");
}
