use std::time::Duration;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

async fn run() {
    let ticker = tokio::task::spawn(tick(3));
    if let Ok(ticks) = ticker.await {
        println!("main is done after {ticks} ticks");
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    run().await;
}
