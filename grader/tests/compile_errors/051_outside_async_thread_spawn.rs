use std::time::Duration;

#[tokio::main]
async fn main() {
    let t = std::thread::spawn(|| {
        tokio::time::sleep(Duration::from_millis(10)).await;
    });
    t.join().unwrap();
}
