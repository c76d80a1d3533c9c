use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(10);
    let consumer = tokio::spawn(async move {
        while let Some(v) = rx.recv().await {
            println!("  consumer got {v}");
        }
        println!("  consumer done");
    });
    tokio::task::yield_now().await;
    for i in 0..3 {
        println!("main sends {i}");
        tx.send(i).await.unwrap();
    }
    println!("main sent everything; the consumer has not run yet");
    tokio::task::yield_now().await;
    println!("main after one yield");
    tx.send(99).await.unwrap();
    drop(tx);
    consumer.await.unwrap();
}
