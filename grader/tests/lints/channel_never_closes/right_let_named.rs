use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    for i in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(i).await.unwrap();
        });
    }
    let last = tx; // moves `tx`
    tokio::spawn(async move {
        last.send(3).await.unwrap();
    });
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    println!("all received");
}
