use std::time::Duration;

async fn slow() -> u32 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    1
}

#[tokio::main]
async fn main() {
    let mut fut = Box::pin(slow());
    let mut ticks = 0;
    loop {
        tokio::select! {
            v = &mut fut => {
                println!("got {v} after {ticks} ticks");
                break;
            }
            _ = tokio::time::sleep(Duration::from_millis(30)) => ticks += 1,
        }
    }
}
