use std::time::Duration;

async fn sensor(name: &'static str, readings: [u32; 3]) {
    for value in readings {
        println!("{name}: {value}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main]
async fn main() {
    tokio::join!(sensor("left", [20, 21, 22]), sensor("right", [30, 29, 28]));
}
