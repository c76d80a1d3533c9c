use std::time::Duration;

async fn flush(n: u32) -> Result<(), String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("flushed {n}");
    Ok(())
}

#[tokio::main]
async fn main() {
    let _ = flush(3).await;
    println!("done");
}
