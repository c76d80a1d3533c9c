use std::time::Duration;

async fn work(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("work {id}");
    id
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        work(1) //~ async_block_yields_future
    });
    let _inner = handle.await.unwrap();
    println!("main done");
}
