use std::time::Duration;

async fn read_bytes(n: usize) -> Vec<u8> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    vec![0; n]
}

#[tokio::main]
async fn main() {
    let result = read_bytes(4).is_empty();
    println!("{:?}", result);
}
