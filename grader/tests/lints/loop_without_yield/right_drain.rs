use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    for i in 0..3 {
        tx.send(i).await.unwrap();
    }
    // Draining what is already queued ends at the first empty result: no spin.
    loop {
        match rx.try_recv() {
            Ok(v) => println!("got {v}"),
            Err(_) => break,
        }
    }
    drop(tx);
}
