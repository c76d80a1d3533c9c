use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::task::spawn_blocking(|| {
        tokio::time::sleep(Duration::from_millis(10)).await;
        5
    });
    println!("{}", handle.await.unwrap());
}
