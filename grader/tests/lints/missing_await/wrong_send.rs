use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let producer = tokio::spawn(async move {
        for i in 0..3 {
            tx.send(i); //~ missing_await
        }
    });
    producer.await.unwrap();
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    println!("done");
}
