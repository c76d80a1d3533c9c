use std::time::Duration;
use tokio::runtime::Builder;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

fn main() {
    let runtime = Builder::new_current_thread().enable_time().build().unwrap();
    let ticker = runtime.spawn(tick(3));
    match runtime.block_on(ticker) {
        Ok(ticks) => println!("main is done after {ticks} ticks"),
        Err(e) => panic!("the ticker failed: {e}"),
    }
}
