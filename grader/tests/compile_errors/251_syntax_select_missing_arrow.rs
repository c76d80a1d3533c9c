use std::time::Duration;

#[tokio::main]
async fn main() {
    tokio::select! {
        biased;
        _ = tokio::time::sleep(Duration::from_millis(1)) {
            println!("tick");
        }
    }
}
