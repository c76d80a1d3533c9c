use std::time::Duration;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let producer = tokio::spawn(async move {
        for i in 0..4 {
            tx.send(i).await.unwrap();
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
    });
    let mut ticks = 0;
    let mut pending = None;
    loop {
        tokio::select! {
            v = rx.recv() => match v {
                Some(v) => match pending.take() {
                    Some(a) => println!("pair {a} {v}"),
                    None => pending = Some(v),
                },
                None => break,
            },
            _ = tokio::time::sleep(Duration::from_millis(20)) => {
                ticks += 1;
            }
        }
    }
    producer.await.unwrap();
    println!("ticks {ticks}");
}
