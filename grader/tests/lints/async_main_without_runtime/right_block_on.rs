use std::time::Duration;

async fn work() {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("hello");
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(work());
}
