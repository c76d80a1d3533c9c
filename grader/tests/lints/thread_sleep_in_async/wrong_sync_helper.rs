use std::time::Duration;

fn read_sensor(id: u32) -> u32 {
    std::thread::sleep(Duration::from_millis(200)); //~ thread_sleep_in_async
    id * 10
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(async { read_sensor(1) });
    let b = tokio::spawn(async { read_sensor(2) });
    println!("{} {}", a.await.unwrap(), b.await.unwrap());
}
