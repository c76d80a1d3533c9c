use tokio::sync::watch;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = watch::channel("idle");
    let seen = tokio::spawn(async move {
        let mut history = vec![*rx.borrow_and_update()];
        while rx.changed().await.is_ok() {
            history.push(*rx.borrow_and_update());
        }
        history
    });
    tokio::task::yield_now().await;
    tx.send("loading").unwrap();
    tx.send("parsing").unwrap();
    tokio::task::yield_now().await;
    tx.send("done").unwrap();
    drop(tx);
    println!("{:?}", seen.await.unwrap());
}
