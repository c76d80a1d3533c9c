use std::time::Duration;

async fn save(value: u32) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("saved {value}");
}

#[tokio::main]
async fn main() {
    let saving = save(7); //~ missing_await
    println!("done");
}
