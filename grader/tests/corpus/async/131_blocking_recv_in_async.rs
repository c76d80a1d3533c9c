use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    tokio::spawn(async move {
        tx.send(5).await.unwrap();
    });
    println!("about to block inside the runtime");
    let v = rx.blocking_recv();
    println!("unreachable {v:?}");
}
