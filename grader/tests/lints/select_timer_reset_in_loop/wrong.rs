use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let producer = tokio::spawn(async move {
        for i in 0..10 {
            tokio::time::sleep(Duration::from_millis(40)).await;
            if tx.send(i).await.is_err() {
                break;
            }
        }
    });
    loop {
        tokio::select! {
            Some(v) = rx.recv() => println!("got {v}"),
            _ = tokio::time::sleep(Duration::from_millis(100)) => { //~ select_timer_reset_in_loop
                println!("deadline reached");
                break;
            }
            else => break,
        }
    }
    drop(rx);
    producer.await.unwrap();
}
