use tokio::time::{sleep, Duration, Instant};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let root = CancellationToken::new();
    let child = root.child_token();
    let grandchild = child.child_token();
    let sibling = root.child_token();
    child.cancel();
    println!(
        "root {} child {} grandchild {} sibling {}",
        root.is_cancelled(),
        child.is_cancelled(),
        grandchild.is_cancelled(),
        sibling.is_cancelled()
    );
    let late = child.child_token();
    println!("child of cancelled: {}", late.is_cancelled());
    let mut hs = Vec::new();
    for (i, t) in [root.clone(), sibling.clone(), sibling.child_token()].into_iter().enumerate() {
        hs.push(tokio::spawn(async move {
            tokio::select! {
                biased;
                _ = t.cancelled() => println!("worker {i} cancelled at {} ms", start.elapsed().as_millis()),
                _ = sleep(Duration::from_millis(100)) => println!("worker {i} finished"),
            }
        }));
    }
    sleep(Duration::from_millis(15)).await;
    root.cancel();
    for h in hs {
        h.await.unwrap();
    }
    let t = CancellationToken::new();
    let r = t.run_until_cancelled(async {
        sleep(Duration::from_millis(5)).await;
        7
    }).await;
    println!("run_until_cancelled: {r:?}");
    let t2 = t.clone();
    tokio::spawn(async move {
        sleep(Duration::from_millis(8)).await;
        t2.cancel();
    });
    let r = t.run_until_cancelled(async {
        sleep(Duration::from_millis(50)).await;
        8
    }).await;
    println!("cancelled midway: {r:?} at {} ms", start.elapsed().as_millis());
    let r = t.run_until_cancelled(async { 9 }).await;
    println!("already cancelled: {r:?}");
    t.cancelled().await;
    println!("cancelled() on cancelled token is ready");
    let g = CancellationToken::new();
    let watcher = g.clone();
    {
        let _guard = g.drop_guard();
        println!("guard alive: {}", watcher.is_cancelled());
    }
    println!("guard dropped: {}", watcher.is_cancelled());
    let g2 = CancellationToken::new();
    let guard = g2.clone().drop_guard();
    let back = guard.disarm();
    println!("disarmed: {} {}", back.is_cancelled(), g2.is_cancelled());
    let owned = CancellationToken::new();
    let fut = owned.clone().cancelled_owned();
    owned.cancel();
    fut.await;
    println!("owned future done at {} ms", start.elapsed().as_millis());
}
