use tokio::sync::mpsc::{self, Sender};

async fn produce(tx: Sender<String>, count: u32) {
    for job in 1..=count {
        if tx.send(format!("job {job}")).await.is_err() {
            return;
        }
        println!("queued job {job}");
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    tokio::spawn(produce(tx, 5));
    loop {
        match rx.recv().await {
            Some(job) => println!("processing {}", job),
            None => break,
        }
    }
}
