use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    set.spawn(async {
        sleep(Duration::from_millis(30)).await;
        panic!("worker blew up");
    });
    for i in 1..=3u64 {
        set.spawn(async move {
            sleep(Duration::from_millis(100 * i)).await;
            println!("worker {i} finished");
            i
        });
    }
    let first = set.join_next().await.unwrap();
    match first {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("first: {e} (panic: {})", e.is_panic()),
    }
    let second = set.join_next().await.unwrap().unwrap();
    println!("second: {second} at {} ms", start.elapsed().as_millis());
    set.abort_all();
    println!("after abort_all: len {}", set.len());
    while let Some(r) = set.join_next().await {
        println!("{}", r.unwrap_err());
    }
    let mut set = JoinSet::new();
    for i in 1..=2u64 {
        set.spawn(async move {
            sleep(Duration::from_millis(50 * i)).await;
            println!("never printed: {i}");
        });
    }
    tokio::task::yield_now().await;
    drop(set);
    sleep(Duration::from_millis(200)).await;
    let mut set = JoinSet::new();
    set.spawn(async {
        sleep(Duration::from_millis(20)).await;
        println!("detached task still ran at 20 ms after the set");
    });
    set.detach_all();
    println!("detached: len {}", set.len());
    drop(set);
    sleep(Duration::from_millis(50)).await;
    println!("end at {} ms", start.elapsed().as_millis());
}
