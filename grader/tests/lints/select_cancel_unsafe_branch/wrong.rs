use std::time::Duration;
use tokio::sync::mpsc;

async fn next_pair(rx: &mut mpsc::Receiver<u32>) -> Option<(u32, u32)> {
    let first = rx.recv().await?;
    let second = rx.recv().await?;
    Some((first, second))
}

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
    loop {
        tokio::select! {
            pair = next_pair(&mut rx) => match pair { //~ select_cancel_unsafe_branch
                Some((a, b)) => println!("pair {a} {b}"),
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
