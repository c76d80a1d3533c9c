use std::time::Duration;
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let mut workers = JoinSet::new();
    for ms in [50, 500] {
        workers.spawn(async move { //~ main_exits_before_tasks
            tokio::time::sleep(Duration::from_millis(ms)).await;
            println!("worker {ms} done");
        });
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!("main done");
}
