use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let futs: FuturesUnordered<_> = [10u64, 10, 10, 20, 30, 30]
        .into_iter()
        .enumerate()
        .map(|(i, ms)| async move {
            sleep(Duration::from_millis(ms)).await;
            i
        })
        .collect();
    let mut chunks = futs.ready_chunks(2);
    while let Some(c) = chunks.next().await {
        println!("chunk {c:?} at {} ms", start.elapsed().as_millis());
    }
    let all: Vec<Vec<i32>> = stream::iter(1..=7).ready_chunks(3).collect().await;
    println!("{all:?}");

    let a = stream::iter(1..=5).inspect(|x| println!("  a gives {x}"));
    let b = stream::iter(vec!["x", "y"]).inspect(|x| println!("  b gives {x}"));
    let pairs: Vec<(i32, &str)> = a.zip(b).collect().await;
    println!("{pairs:?}");

    let a = stream::iter(vec!['p']).inspect(|x| println!("  a gives {x}"));
    let b = stream::iter(10..13).inspect(|x| println!("  b gives {x}"));
    let pairs: Vec<(char, i32)> = a.zip(b).collect().await;
    println!("{pairs:?}");

    let slow = stream::iter(0..3).then(|i| async move {
        sleep(Duration::from_millis(15)).await;
        i
    });
    let fast = stream::iter(vec!["a", "b", "c", "d"]);
    let z = slow.zip(fast);
    futures::pin_mut!(z);
    while let Some(p) = z.next().await {
        println!("{p:?} at {} ms", start.elapsed().as_millis());
    }

    let chained: Vec<i32> = stream::iter(vec![1, 2]).chain(stream::iter(5..7)).chain(stream::once(async { 9 })).collect().await;
    println!("{chained:?}");
}
