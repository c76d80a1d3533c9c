use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let producer = tokio::spawn(async move {
        for i in 0..5 {
            tx.send(i * i).unwrap();
        }
        println!("producer sent everything without waiting");
    });
    producer.await.unwrap();
    let mut sum = 0;
    while let Some(v) = rx.recv().await {
        println!("recv {v}");
        sum += v;
    }
    println!("sum {sum}");
    let (tx, rx) = mpsc::unbounded_channel::<String>();
    drop(rx);
    let err = tx.send("lost".to_string()).unwrap_err();
    println!("send after close: {err} ({:?})", err.0);
}
