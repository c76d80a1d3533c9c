use futures::stream::{self, select_all, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let a = stream::iter(vec!["a1", "a2", "a3"]);
    let b = stream::iter(vec!["b1"]);
    let c = stream::iter(vec!["c1", "c2"]);
    let all: Vec<&str> = select_all(vec![a, b, c]).collect().await;
    println!("{all:?}");

    let timed = (1..=3u64).map(|k| {
        stream::unfold(0u64, move |n| async move {
            if n == 3 {
                return None;
            }
            sleep(Duration::from_millis(10 * k)).await;
            Some((format!("s{k}#{n}"), n + 1))
        })
        .boxed()
    });
    let mut merged = select_all(timed);
    println!("streams {}", merged.len());
    while let Some(x) = merged.next().await {
        println!("{x} at {} ms", start.elapsed().as_millis());
    }
    println!("empty {}", merged.is_empty());

    let mut m = futures::stream::SelectAll::new();
    m.push(stream::iter(vec![1, 2]).boxed());
    m.push(stream::once(async { 10 }).boxed());
    println!("first {:?}", m.next().await);
    m.push(stream::repeat(0).take(2).boxed());
    let rest: Vec<i32> = m.collect().await;
    println!("rest {rest:?}");
}
