use std::time::Duration;

async fn main() { //~ async_main_without_runtime
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("hello");
}
