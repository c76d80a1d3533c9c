use std::time::Duration;

async fn greet(name: &str) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("hello, {name}");
}

async fn save(value: u32) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("saved {value}");
}

#[tokio::main]
async fn main() {
    greet("ada").await;
    let saving = save(7);
    println!("before saving");
    saving.await;
    let handle = tokio::spawn(save(8));
    handle.await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!("done");
}
