use std::thread;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        thread::sleep(Duration::from_millis(100)); //~ thread_sleep_in_async
        println!("task done");
    });
    h.await.unwrap();
}
