use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let producer = tokio::spawn(async move {
        tx.send(1).await.unwrap();
    });
    loop {
        tokio::select! { //~ select_all_disabled
            Some(v) = rx.recv() => println!("got {v}"),
        }
    }
    #[allow(unreachable_code)]
    producer.await.unwrap();
}
