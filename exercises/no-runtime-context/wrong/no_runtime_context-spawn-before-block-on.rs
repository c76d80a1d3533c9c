// fails: outcome, stdout, no no_runtime_context, no warnings
use std::time::Duration;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    // The runtime exists, but this line does not run inside it.
    let ticker = tokio::spawn(tick(3));
    let ticks = rt.block_on(ticker).unwrap();
    println!("main is done after {ticks} ticks");
}
