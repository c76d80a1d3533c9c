use std::time::Duration;

fn main() {
    println!("waiting");
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!("done");
}
