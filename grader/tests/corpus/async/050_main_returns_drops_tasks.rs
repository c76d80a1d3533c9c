use tokio::time::{sleep, Duration};

struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("task {} dropped", self.0);
    }
}

#[tokio::main]
async fn main() {
    for id in 1..=3u32 {
        tokio::spawn(async move {
            let _g = Guard(id);
            println!("task {id} started");
            sleep(Duration::from_millis(100 * id as u64)).await;
            println!("task {id} finished");
        });
    }
    sleep(Duration::from_millis(150)).await;
    println!("main returns at 150 ms");
}
