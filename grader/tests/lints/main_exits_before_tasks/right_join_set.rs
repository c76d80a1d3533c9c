use std::time::Duration;
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let mut workers = JoinSet::new();
    for ms in [50, 500] {
        workers.spawn(async move {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            println!("worker {ms} done");
        });
    }
    while let Some(res) = workers.join_next().await {
        res.unwrap();
    }
    println!("main done");
}
