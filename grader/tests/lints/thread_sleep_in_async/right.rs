use std::time::Duration;

async fn read_sensor(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(200)).await;
    id * 10
}

fn warm_up() {
    // Blocking is fine in sync code that runs outside the runtime's tasks.
    std::thread::sleep(Duration::from_millis(1));
}

#[tokio::main]
async fn main() {
    let (a, b) = tokio::join!(read_sensor(1), read_sensor(2));
    println!("{a} {b}");
    tokio::task::spawn_blocking(|| std::thread::sleep(Duration::from_millis(5))).await.unwrap();
    tokio::task::spawn_blocking(warm_up).await.unwrap();
}
