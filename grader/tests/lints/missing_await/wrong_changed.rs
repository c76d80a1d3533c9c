use tokio::sync::watch;

async fn follow(mut rx: watch::Receiver<u32>) {
    while rx.changed().is_ok() { //~ missing_await
        println!("now {}", *rx.borrow_and_update());
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = watch::channel(0);
    let worker = tokio::spawn(follow(rx));
    tx.send(1).unwrap();
    drop(tx);
    worker.await.unwrap();
}
