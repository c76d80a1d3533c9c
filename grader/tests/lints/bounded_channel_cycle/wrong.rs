use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(2);
    for i in 0..5 {
        tx.send(i).await.unwrap(); //~ bounded_channel_cycle
    }
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
}
