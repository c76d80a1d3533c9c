use std::time::Duration;

async fn work(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("work {id}");
    id
}

fn start(id: u32) -> impl std::future::Future<Output = u32> {
    // A plain fn may return the future for its caller to await.
    work(id)
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        work(1).await
    });
    let value = handle.await.unwrap();
    let other = start(2).await;
    println!("main done {value} {other}");
}
