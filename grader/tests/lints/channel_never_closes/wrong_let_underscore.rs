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
    let _ = tx; // binds nothing: `tx` is not moved
    while let Some(v) = rx.recv().await { //~ channel_never_closes
        println!("got {v}");
    }
    println!("all received");
}
