use tokio::sync::oneshot;

fn start(n: u64) -> oneshot::Receiver<String> {
    let (tx, rx) = oneshot::channel();
    let n = format!("n = {n}");
    tokio::spawn(async {
        let _ = tx.send(n);
    });
    rx
}

#[tokio::main]
async fn main() {
    println!("{}", start(3).await.unwrap());
}
