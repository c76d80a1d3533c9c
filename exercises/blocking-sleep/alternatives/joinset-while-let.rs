use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

async fn sensor(name: &'static str, readings: [u32; 3]) {
    let mut values = readings.into_iter();
    while let Some(value) = values.next() {
        println!("{name}: {value}");
        sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main]
async fn main() {
    let mut sensors = JoinSet::new();
    sensors.spawn(sensor("left", [20, 21, 22]));
    sensors.spawn(sensor("right", [30, 29, 28]));
    while let Some(done) = sensors.join_next().await {
        done.unwrap();
    }
}
