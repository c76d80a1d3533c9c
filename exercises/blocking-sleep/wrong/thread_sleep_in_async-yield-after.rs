// fails: virtual time, no thread_sleep_in_async, no warnings
use std::time::Duration;

async fn sensor(name: &'static str, readings: [u32; 3]) {
    for value in readings {
        println!("{name}: {value}");
        // Yielding lets the other sensor print in turn, but the thread still sleeps each time.
        std::thread::sleep(Duration::from_millis(100));
        tokio::task::yield_now().await;
    }
}

#[tokio::main]
async fn main() {
    let left = tokio::spawn(sensor("left", [20, 21, 22]));
    let right = tokio::spawn(sensor("right", [30, 29, 28]));
    left.await.unwrap();
    right.await.unwrap();
}
