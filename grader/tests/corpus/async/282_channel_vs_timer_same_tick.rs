use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&'static str>(4);
    let listener = tokio::spawn(async move {
        while let Some(msg) = rx.recv().await {
            println!("listener got {msg}");
        }
        println!("listener closed");
    });
    let tx1 = tx.clone();
    let early = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        println!("early woke");
        tx1.send("from early").await.unwrap();
        println!("early sent");
    });
    let late = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        println!("late woke");
        tx.send("from late").await.unwrap();
        println!("late sent");
    });
    sleep(Duration::from_millis(10)).await;
    println!("main woke");
    early.await.unwrap();
    late.await.unwrap();
    listener.await.unwrap();
    println!("main done");
}
