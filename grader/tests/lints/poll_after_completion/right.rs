use std::time::Duration;

async fn slow() -> u32 {
    tokio::time::sleep(Duration::from_millis(50)).await;
    1
}

#[tokio::main]
async fn main() {
    let fut = slow();
    tokio::pin!(fut);
    let mut done = false;
    let mut ticks = 0;
    loop {
        tokio::select! {
            v = &mut fut, if !done => {
                println!("got {v}");
                done = true;
            }
            _ = tokio::time::sleep(Duration::from_millis(30)) => {
                ticks += 1;
                if ticks == 4 {
                    break;
                }
            }
        }
    }
}
