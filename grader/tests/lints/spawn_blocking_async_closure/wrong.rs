use std::time::Duration;

async fn compress(size: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    size / 2
}

#[tokio::main]
async fn main() {
    let handle = tokio::task::spawn_blocking(|| compress(100)); //~ spawn_blocking_async_closure
    let _future = handle.await.unwrap();
    println!("main done");
}
