use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (stop_tx, mut stop_rx) = oneshot::channel::<()>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(250)).await;
        let _ = stop_tx.send(());
    });
    let mut set = JoinSet::new();
    for (i, ms) in [100u64, 200, 300, 400].into_iter().enumerate() {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            i
        });
    }
    loop {
        tokio::select! {
            biased;
            _ = &mut stop_rx => {
                println!("stop at {} ms with {} tasks left", start.elapsed().as_millis(), set.len());
                set.shutdown().await;
                break;
            }
            Some(res) = set.join_next() => println!("task {} done at {} ms", res.unwrap(), start.elapsed().as_millis()),
            else => break,
        }
    }
    println!("empty: {}", set.is_empty());
}
