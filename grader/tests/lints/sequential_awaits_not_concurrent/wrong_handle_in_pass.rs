use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    for i in 0..3 {
        let handle = tokio::spawn(async move {
            sleep(Duration::from_millis(100)).await;
            i * 2
        });
        println!("{}", handle.await.unwrap()); //~ sequential_awaits_not_concurrent
    }
}
