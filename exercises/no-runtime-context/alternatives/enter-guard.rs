use std::time::Duration;

async fn tick(times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("tick {i}");
    }
    times
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let ticker = {
        let _inside = rt.enter();
        tokio::spawn(tick(3))
    };
    let ticks = rt.block_on(ticker).unwrap();
    println!("main is done");
    assert_eq!(ticks, 3);
}
