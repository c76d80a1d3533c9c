use futures::future::{select, Either};
use futures::stream::{FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

async fn hold(name: &'static str, ms: u64) -> &'static str {
    let _g = Noisy(name);
    sleep(Duration::from_millis(ms)).await;
    name
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = FuturesUnordered::new();
    set.push(hold("a", 30));
    set.push(hold("b", 10));
    set.push(hold("c", 20));
    set.push(hold("d", 40));
    let first = set.next().await;
    println!("first {first:?} at {} ms", start.elapsed().as_millis());
    drop(set);
    println!("set dropped");
    let r = select(Box::pin(hold("fast", 5)), Box::pin(hold("slow", 50))).await;
    match r {
        Either::Left((name, _)) => println!("{name} won"),
        Either::Right((name, _)) => println!("{name} won"),
    }
    println!("after select");
    // Unpolled futures are dropped too, and no timer keeps the runtime waiting.
    let set: FuturesUnordered<_> = (0..2).map(|_| hold("never", 1000)).collect();
    println!("len {}", set.len());
    drop(set);
    println!("end at {} ms", start.elapsed().as_millis());
}
