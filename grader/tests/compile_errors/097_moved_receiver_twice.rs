use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        let v = rx.await.unwrap();
        println!("got {v}");
    });
    tx.send(5).unwrap();
    let again = rx.await;
    println!("{:?}", again);
}
