use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for (name, ms) in [("a", 20), ("b", 10), ("c", 20), ("d", 10), ("e", 0), ("f", 10)] {
        set.spawn(async move {
            if ms > 0 {
                sleep(Duration::from_millis(ms)).await;
            }
            name
        });
    }
    println!("len {}", set.len());
    while let Some(r) = set.join_next().await {
        println!("{} at {} ms", r.unwrap(), start.elapsed().as_millis());
    }
    println!("empty {} len {}", set.is_empty(), set.len());
    let mut set = JoinSet::new();
    let h1 = set.spawn(async {
        sleep(Duration::from_millis(5)).await;
        1
    });
    let _h2 = set.spawn(async {
        sleep(Duration::from_millis(50)).await;
        2
    });
    set.spawn(async { 3 });
    h1.abort();
    let mut results = Vec::new();
    while let Some(r) = set.join_next().await {
        match r {
            Ok(v) => results.push(format!("ok {v}@{}", start.elapsed().as_millis())),
            Err(e) => results.push(format!("err cancelled={}", e.is_cancelled())),
        }
    }
    println!("{results:?}");
    let mut set = JoinSet::new();
    for i in 0..3u64 {
        set.spawn(async move {
            sleep(Duration::from_millis(10)).await;
            tokio::task::yield_now().await;
            i
        });
    }
    let mut order = Vec::new();
    while let Some(Ok(i)) = set.join_next().await {
        order.push(i);
    }
    println!("equal deadline with yield: {order:?} at {} ms", start.elapsed().as_millis());
    let mut set = JoinSet::new();
    set.spawn(async { 1 });
    set.spawn(async { 2 });
    tokio::task::yield_now().await;
    let a = set.try_join_next();
    println!("try_join_next {:?} len {}", a.map(|r| r.unwrap()), set.len());
}
