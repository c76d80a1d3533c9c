use std::time::Duration;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

// TODO: `tokio::spawn` panics here: there is no runtime.
fn main() {
    let ticker = tokio::spawn(tick(3));
    drop(ticker);
    println!("main is done");
}
