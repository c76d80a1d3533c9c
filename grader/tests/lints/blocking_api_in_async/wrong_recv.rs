use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let producer = tokio::spawn(async move {
        tx.send(5).await.unwrap();
    });
    let v = rx.blocking_recv(); //~ blocking_api_in_async
    println!("{v:?}");
    producer.await.unwrap();
}
