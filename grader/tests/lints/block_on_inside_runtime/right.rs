use std::time::Duration;

async fn load() -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    7
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let value = rt.block_on(load());
    println!("{value}");
    let again = rt.block_on(async { load().await + 1 });
    println!("{again}");
}
