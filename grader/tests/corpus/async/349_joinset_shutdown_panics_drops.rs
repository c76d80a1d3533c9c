use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

struct Loud(u32);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for i in 1..=4u32 {
        set.spawn(async move {
            let _l = Loud(i);
            sleep(Duration::from_millis(10 * i as u64)).await;
            if i == 2 {
                panic!("task {i} failed");
            }
            i
        });
    }
    let first = set.join_next().await.unwrap();
    println!("first {first:?}");
    match set.join_next().await.unwrap() {
        Err(e) if e.is_panic() => println!("second panicked at {} ms: {e}", start.elapsed().as_millis()),
        other => println!("{other:?}"),
    }
    println!("len before shutdown {}", set.len());
    set.shutdown().await;
    println!("len after shutdown {} at {} ms", set.len(), start.elapsed().as_millis());
    set.spawn(async { 9 });
    set.spawn(async {
        sleep(Duration::from_millis(5)).await;
        10
    });
    set.abort_all();
    let mut n = 0;
    while let Some(r) = set.join_next().await {
        n += 1;
        println!("{:?}", r.map_err(|e| e.is_cancelled()));
    }
    println!("{n} results");
    let mut set2: JoinSet<u32> = JoinSet::new();
    set2.spawn(async {
        let _l = Loud(50);
        sleep(Duration::from_millis(1)).await;
        1
    });
    tokio::task::yield_now().await;
    drop(set2);
    println!("set2 dropped");
    sleep(Duration::from_millis(5)).await;
    println!("end {} ms", start.elapsed().as_millis());
}
