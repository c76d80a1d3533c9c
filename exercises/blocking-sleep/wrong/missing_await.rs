// fails: virtual time, no missing_await, no warnings
use std::time::Duration;

async fn sensor(name: &'static str, readings: [u32; 3]) {
    for value in readings {
        println!("{name}: {value}");
        tokio::time::sleep(Duration::from_millis(100));
    }
}

#[tokio::main]
async fn main() {
    let left = tokio::spawn(sensor("left", [20, 21, 22]));
    let right = tokio::spawn(sensor("right", [30, 29, 28]));
    left.await.unwrap();
    right.await.unwrap();
}
