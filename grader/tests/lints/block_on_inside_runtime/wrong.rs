use std::time::Duration;

async fn load() -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    7
}

#[tokio::main]
async fn main() {
    let value = futures::executor::block_on(load()); //~ block_on_inside_runtime
    println!("{value}");
}
