use futures::stream::{FuturesUnordered, StreamExt};
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let producer = tokio::spawn(async move {
        for i in 1..=3 {
            println!("send {i}");
            tx.send(i).await.unwrap();
            tokio::task::yield_now().await;
        }
    });
    let mut set = FuturesUnordered::new();
    set.push(Box::pin(async move {
        let mut got = Vec::new();
        while let Some(v) = rx.recv().await {
            println!("  recv {v}");
            got.push(v);
        }
        format!("receiver got {got:?}")
    }) as std::pin::Pin<Box<dyn std::future::Future<Output = String>>>);
    set.push(Box::pin(async {
        for i in 0..3 {
            println!("  worker step {i}");
            tokio::task::yield_now().await;
        }
        "worker done".to_string()
    }));
    set.push(Box::pin(async {
        sleep(Duration::from_millis(1)).await;
        "timer done".to_string()
    }));
    while let Some(s) = set.next().await {
        println!("{s}");
    }
    producer.await.unwrap();
}
