use std::time::Duration;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

fn main() {
    let rt = tokio::runtime::Runtime::new().expect("cannot build the runtime");
    rt.block_on(async {
        let ticker = tokio::spawn(tick(3));
        let ticks = ticker.await.unwrap();
        println!("main is done after {ticks} ticks");
    });
}
