use tokio::sync::mpsc::{self, Receiver};

async fn next_job(rx: &mut Receiver<String>) -> Option<String> {
    rx.recv().await
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tx.send("resize".to_string()).await.unwrap();
    drop(tx);
    while let Some(job) = next_job(&mut rx) { //~ missing_await
        println!("working on {job}");
    }
}
