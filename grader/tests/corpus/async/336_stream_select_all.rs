use futures::stream::{self, select_all, FuturesUnordered, StreamExt};
use tokio::sync::mpsc;
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
    more().await;
}

fn tag(s: &str, n: u64) -> String {
    format!("{s}{n}")
}

async fn more() {
    let start = Instant::now();
    // select_all over channel-fed streams; one stream is pushed while iterating.
    let (tx1, rx1) = mpsc::channel::<u64>(4);
    let (tx2, rx2) = mpsc::channel::<u64>(4);
    let s1 = stream::unfold(rx1, |mut rx| async move { rx.recv().await.map(|x| (tag("a", x), rx)) }).boxed();
    let s2 = stream::unfold(rx2, |mut rx| async move { rx.recv().await.map(|x| (tag("b", x), rx)) }).boxed();
    tokio::spawn(async move {
        for i in 0..3 {
            sleep(Duration::from_millis(10)).await;
            tx1.send(i).await.unwrap();
            tx2.send(i * 10).await.unwrap();
        }
    });
    let mut all = select_all(vec![s1, s2]);
    let mut pushed = false;
    while let Some(x) = all.next().await {
        println!("{x} at {} ms ({} streams)", start.elapsed().as_millis(), all.len());
        if !pushed {
            pushed = true;
            all.push(stream::iter(vec!["late1".to_string(), "late2".to_string()]).boxed());
        }
    }

    // ready_chunks over a FuturesUnordered fed while pending.
    let mut set = FuturesUnordered::new();
    for ms in [5u64, 5, 8] {
        set.push(Box::pin(async move {
            sleep(Duration::from_millis(ms)).await;
            ms
        }));
    }
    let mut rc = set.ready_chunks(5);
    while let Some(c) = rc.next().await {
        println!("chunk {c:?} at {} ms", start.elapsed().as_millis());
    }

    // zip where one side ends while the other is waiting.
    let quick = stream::iter(vec![1]);
    let slow = stream::unfold(0u64, |n| async move {
        sleep(Duration::from_millis(7)).await;
        println!("  slow made {n} at {} ms", 0);
        Some((n, n + 1))
    });
    let z: Vec<(i32, u64)> = quick.zip(slow.boxed()).collect().await;
    println!("zip {z:?} at {} ms", start.elapsed().as_millis());

}
