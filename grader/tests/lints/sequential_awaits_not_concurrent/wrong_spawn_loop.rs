use std::time::Duration;

#[tokio::main]
async fn main() {
    for i in 0..3 {
        tokio::spawn(async move { //~ sequential_awaits_not_concurrent
            tokio::time::sleep(Duration::from_millis(100)).await;
            println!("job {i} done");
        })
        .await
        .unwrap();
    }
}
