use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            sleep(Duration::from_millis(300)).await;
            n += 1;
            if tx.send(n).await.is_err() {
                return;
            }
        }
    });
    let mut seen = 0;
    loop {
        tokio::select! {
            _ = sleep(Duration::from_secs(1)) => break, //~ select_timer_reset_in_loop
            Some(_) = rx.recv() => seen += 1,
        }
    }
    println!("saw {seen}");
}
