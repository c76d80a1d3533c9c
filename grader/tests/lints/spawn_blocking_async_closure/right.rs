fn compress(size: u32) -> u32 {
    std::thread::sleep(std::time::Duration::from_millis(10));
    size / 2
}

#[tokio::main]
async fn main() {
    let handle = tokio::task::spawn_blocking(|| compress(100));
    let size = handle.await.unwrap();
    println!("{size}");
}
