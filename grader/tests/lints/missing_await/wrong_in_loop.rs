use std::time::Duration;

async fn save(id: u32) {
    tokio::time::sleep(Duration::from_millis(5)).await;
    println!("saved {id}");
}

#[tokio::main]
async fn main() {
    for id in 0..3 {
        save(id); //~ missing_await
    }
    println!("all saved?");
}
