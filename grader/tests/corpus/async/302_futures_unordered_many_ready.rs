use std::cell::Cell;
use std::rc::Rc;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::task::yield_now;

#[tokio::main]
async fn main() {
    // A spawned task counts how often it gets to run while main drains the set.
    let ticks = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let t = ticks.clone();
    let ticker = tokio::spawn(async move {
        for _ in 0..200 {
            t.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            yield_now().await;
        }
    });
    let polls = Rc::new(Cell::new(0));
    let mut set = FuturesUnordered::new();
    for i in 0..40u32 {
        let polls = polls.clone();
        set.push(async move {
            polls.set(polls.get() + 1);
            yield_now().await;
            polls.set(polls.get() + 1);
            i
        });
    }
    let mut order = Vec::new();
    let mut seen = Vec::new();
    while let Some(i) = set.next().await {
        order.push(i);
        seen.push((polls.get(), ticks.load(std::sync::atomic::Ordering::SeqCst)));
    }
    println!("order: {order:?}");
    println!("(polls, ticks) at each output: {seen:?}");
    // Forty futures that are ready at once: one `next` each, no yield in between.
    let mut set: FuturesUnordered<_> = (0..40u32).map(|i| async move { i * 2 }).collect();
    let before = ticks.load(std::sync::atomic::Ordering::SeqCst);
    let mut sum = 0;
    while let Some(x) = set.next().await {
        sum += x;
    }
    println!("sum {sum}, ticker ran {} times meanwhile", ticks.load(std::sync::atomic::Ordering::SeqCst) - before);
    ticker.abort();
}
