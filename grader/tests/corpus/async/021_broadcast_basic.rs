use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, mut rx1) = broadcast::channel::<String>(16);
    let mut rx2 = tx.subscribe();
    let a = tokio::spawn(async move {
        while let Ok(m) = rx1.recv().await {
            println!("rx1 got {m}");
        }
        println!("rx1 sees the channel closed");
    });
    let b = tokio::spawn(async move {
        while let Ok(m) = rx2.recv().await {
            println!("rx2 got {m}");
        }
        println!("rx2 sees the channel closed");
    });
    for word in ["alpha", "beta"] {
        let n = tx.send(word.to_string()).unwrap();
        println!("sent {word} to {n} receivers");
    }
    drop(tx);
    a.await.unwrap();
    b.await.unwrap();
}
