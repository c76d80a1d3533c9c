use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let producer = tokio::spawn(async move {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            if tx.send(i).await.is_err() {
                return;
            }
        }
    });
    drop(producer); //~ joinhandle_drop_is_not_cancel
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    println!("done");
}
