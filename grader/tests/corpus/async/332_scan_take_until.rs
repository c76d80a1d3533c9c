use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let sums: Vec<i32> = stream::iter(1..=10)
        .scan(0, |acc, x| {
            *acc += x;
            let out = if *acc > 20 { None } else { Some(*acc) };
            async move { out }
        })
        .collect()
        .await;
    println!("running sums {sums:?}");

    let s = stream::iter(vec!["a", "b", "c", "d"]).scan(String::new(), |seen, w| {
        seen.push_str(w);
        let now = seen.clone();
        async move {
            sleep(Duration::from_millis(5)).await;
            Some(now)
        }
    });
    tokio::pin!(s);
    while let Some(x) = s.next().await {
        println!("seen {x}");
    }

    let start = Instant::now();
    let ticks = stream::unfold(0u32, |n| async move {
        sleep(Duration::from_millis(30)).await;
        println!("  tick {n} at {} ms", start.elapsed().as_millis());
        Some((n, n + 1))
    });
    let got: Vec<u32> = ticks.take_until(sleep(Duration::from_millis(100))).collect().await;
    println!("take_until {got:?} at {} ms", start.elapsed().as_millis());

    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(45)).await;
        println!("  stop sent");
        let _ = tx.send(());
    });
    let items = stream::iter(0..).then(|i| async move {
        sleep(Duration::from_millis(20)).await;
        i
    });
    let got: Vec<i32> = items.take_until(rx).collect().await;
    println!("until oneshot {got:?} at {} ms", start.elapsed().as_millis());

    let quick: Vec<i32> = stream::iter(vec![1, 2, 3]).take_until(sleep(Duration::from_secs(1))).collect().await;
    println!("ended first {quick:?} at {} ms", start.elapsed().as_millis());
    edges().await;
}


async fn edges() {
    let start = Instant::now();
    // take_until: the future resolves while an item is being produced.
    let st = stream::iter(0..5u64).then(|i| async move {
        sleep(Duration::from_millis(10)).await;
        i
    });
    let mut t = st.take_until(sleep(Duration::from_millis(25))).boxed();
    while let Some(x) = t.next().await {
        println!("until {x} at {} ms", start.elapsed().as_millis());
    }
    println!("after take_until {:?}", t.next().await);

    // scan that stops early leaves the rest.
    let mut sc = stream::iter(1..=5).scan(1, |p, x| {
        *p *= x;
        futures::future::ready(if *p < 10 { Some(*p) } else { None })
    });
    while let Some(x) = sc.next().await {
        println!("product {x}");
    }
    println!("scan after end {:?}", sc.next().await);

}
