use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for i in 0..3 {
        set.spawn(async move {
            sleep(Duration::from_millis(100)).await;
            i * 2
        });
        let n = set.join_next().await.unwrap().unwrap(); //~ sequential_awaits_not_concurrent
        println!("{n}");
    }
}
