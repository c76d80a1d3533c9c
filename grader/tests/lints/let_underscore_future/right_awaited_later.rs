use std::time::Duration;

async fn flush(n: u32) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("flushed {n}");
}

#[tokio::main]
async fn main() {
    let flushing = flush(3);
    println!("made the future");
    flushing.await;
    println!("done");
}
