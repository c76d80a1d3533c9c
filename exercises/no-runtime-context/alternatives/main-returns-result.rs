use std::time::Duration;
use tokio::task::JoinError;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

#[tokio::main]
async fn main() -> Result<(), JoinError> {
    let ticks = tokio::spawn(tick(3)).await?;
    println!("main is done after {ticks} ticks");
    Ok(())
}
