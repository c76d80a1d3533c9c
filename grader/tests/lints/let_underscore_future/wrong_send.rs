use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let _ = tx.send(1); //~ let_underscore_future
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("got {v}");
    }
    println!("done");
}
