// fails: stdout, no main_exits_before_tasks, no warnings
use std::time::Duration;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

#[tokio::main]
async fn main() {
    let ticker = tokio::spawn(tick(3));
    drop(ticker);
    println!("main is done");
}
