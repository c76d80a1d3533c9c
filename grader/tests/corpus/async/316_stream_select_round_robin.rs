use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Duration, Instant};

fn ticks(name: &'static str, every: u64, n: u32) -> impl futures::Stream<Item = String> {
    stream::unfold(0u32, move |i| async move {
        if i == n {
            return None;
        }
        sleep(Duration::from_millis(every)).await;
        Some((format!("{name}{i}"), i + 1))
    })
}

#[tokio::main]
async fn main() {
    // Both sides always ready: strict alternation, left first, then the longer side alone.
    let merged: Vec<i32> = stream::select(stream::iter(vec![1, 2, 3, 4]), stream::iter(vec![10, 20])).collect().await;
    println!("{merged:?}");
    let start = Instant::now();
    let s = stream::select(ticks("fast", 10, 4), ticks("slow", 25, 2));
    futures::pin_mut!(s);
    while let Some(x) = s.next().await {
        println!("{x} at {} ms", start.elapsed().as_millis());
    }
    let evens = stream::iter((0..6).filter(|x| x % 2 == 0));
    let odds = stream::iter((0..6).filter(|x| x % 2 == 1));
    let both: Vec<u32> = stream::select(evens, odds).take(5).collect().await;
    println!("{both:?}");
}
