use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, rx) = broadcast::channel::<&str>(4);
    println!("receivers: {}", tx.receiver_count());
    drop(rx);
    match tx.send("into the void") {
        Ok(n) => println!("delivered to {n}"),
        Err(e) => println!("send error: {e} (value {:?})", e.0),
    }
    let mut late = tx.subscribe();
    tx.send("after subscribe").unwrap();
    println!("late receiver: {:?}", late.recv().await);
    println!("{:?}", late.try_recv());
}
