use std::sync::Arc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let shared = Arc::new(String::from("config"));
    println!("start {}", Arc::strong_count(&shared));
    let mut handles = Vec::new();
    for i in 0..3u64 {
        let s = Arc::clone(&shared);
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10 * (i + 1))).await;
            println!("task {i} sees {}", Arc::strong_count(&s));
            s.len()
        }));
    }
    println!("spawned, not yet run: {}", Arc::strong_count(&shared));
    tokio::task::yield_now().await;
    println!("after yield: {}", Arc::strong_count(&shared));
    for h in handles {
        let n = h.await.unwrap();
        println!("joined ({n}): {}", Arc::strong_count(&shared));
    }
    let s = Arc::clone(&shared);
    let h = tokio::spawn(async move {
        sleep(Duration::from_secs(5)).await;
        println!("never: {}", s.len());
    });
    sleep(Duration::from_millis(1)).await;
    println!("sleeping task holds it: {}", Arc::strong_count(&shared));
    h.abort();
    let r = h.await;
    println!("aborted (cancelled {}): {}", r.unwrap_err().is_cancelled(), Arc::strong_count(&shared));
    let s2 = Arc::clone(&shared);
    let fut = async move { s2.len() };
    println!("unpolled future holds it: {}", Arc::strong_count(&shared));
    drop(fut);
    println!("future dropped: {}", Arc::strong_count(&shared));
    let a = Arc::clone(&shared);
    let b = Arc::clone(&shared);
    let (x, y) = tokio::join!(
        async move {
            sleep(Duration::from_millis(3)).await;
            Arc::strong_count(&a)
        },
        async move {
            sleep(Duration::from_millis(1)).await;
            Arc::strong_count(&b)
        }
    );
    println!("join saw {x} and {y}, now {}", Arc::strong_count(&shared));
    let c = Arc::clone(&shared);
    tokio::select! {
        biased;
        _ = async move {
            sleep(Duration::from_millis(50)).await;
            c.len()
        } => println!("slow won"),
        _ = sleep(Duration::from_millis(2)) => println!("timer won: {}", Arc::strong_count(&shared)),
    }
    let weak = Arc::downgrade(&shared);
    let watcher = tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        weak.upgrade().map(|s| s.len())
    });
    let keep = Arc::clone(&shared);
    drop(shared);
    println!("main dropped its first handle: {}", Arc::strong_count(&keep));
    drop(keep);
    println!("watcher saw {:?}", watcher.await.unwrap());
}
