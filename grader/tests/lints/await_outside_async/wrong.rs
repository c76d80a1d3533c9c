use std::time::Duration;

async fn fetch() -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    42
}

fn report() {
    let value = fetch().await; //~ await_outside_async
    println!("{value}");
}

#[tokio::main]
async fn main() {
    report();
}
