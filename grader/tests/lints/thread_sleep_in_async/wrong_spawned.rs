use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for id in 1..=3u32 {
        handles.push(tokio::spawn(async move {
            std::thread::sleep(Duration::from_millis(200)); //~ thread_sleep_in_async
            println!("sensor {id} read");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
