// fails: stdout
// checks only: `filter` skips the empty order and goes on with the next one; the stream should end there
use futures::future;
use futures::stream::{self, Stream, StreamExt};
use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver};
use tokio::time::{sleep, Instant};

/// The orders received on `rx` (items per order), as a stream that ends when the channel closes.
fn orders(rx: Receiver<u32>) -> impl Stream<Item = u32> {
    stream::unfold(rx, |mut rx| async move {
        let items = rx.recv().await?;
        Some((items, rx))
    })
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let shop = tokio::spawn(async move {
        for items in [2, 5, 3, 0, 7] {
            sleep(Duration::from_millis(100)).await;
            if tx.send(items).await.is_err() {
                break;
            }
        }
    });

    let start = Instant::now();
    orders(rx)
        .filter(|items| future::ready(*items > 0))
        .enumerate()
        .for_each(|(i, items)| {
            println!("order {}: {items} items at {} ms", i + 1, start.elapsed().as_millis());
            future::ready(())
        })
        .await;
    println!("done at {} ms", start.elapsed().as_millis());
    shop.await.unwrap();
}
