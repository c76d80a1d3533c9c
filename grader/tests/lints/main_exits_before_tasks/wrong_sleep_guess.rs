use std::time::Duration;
use tokio::time::sleep;

async fn download(name: &str, ms: u64) {
    sleep(Duration::from_millis(ms)).await;
    println!("{name} done");
}

#[tokio::main]
async fn main() {
    for (name, ms) in [("a.txt", 300), ("b.png", 400)] {
        tokio::spawn(async move { download(name, ms).await }); //~ main_exits_before_tasks
    }
    // A guess: the slowest download needs longer.
    sleep(Duration::from_millis(350)).await;
    println!("all downloads finished");
}
