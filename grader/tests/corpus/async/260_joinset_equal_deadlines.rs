use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    // "twice" registers its second timer at 50 ms, after "once" registered its only one at 0 ms:
    // both end at 100 ms, and the set hands them out in the order their tasks ended.
    set.spawn(async {
        sleep(Duration::from_millis(50)).await;
        sleep(Duration::from_millis(50)).await;
        "twice"
    });
    set.spawn(async {
        sleep(Duration::from_millis(100)).await;
        "once"
    });
    set.spawn(async { "instant" });
    while let Some(r) = set.join_next().await {
        println!("{} at {} ms", r.unwrap(), start.elapsed().as_millis());
    }
    let mut set = JoinSet::new();
    for i in 0..3u64 {
        set.spawn(async move {
            sleep(Duration::from_millis(10 * (3 - i))).await;
            i
        });
    }
    while let Some(r) = set.join_next_with_id().await {
        let (id, v) = r.unwrap();
        println!("task {id} gave {v} at {} ms", start.elapsed().as_millis());
    }
}
