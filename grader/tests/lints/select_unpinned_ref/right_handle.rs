use std::time::Duration;

#[tokio::main]
async fn main() {
    // A JoinHandle is Unpin: `&mut handle` needs no pinning.
    let mut handle = tokio::spawn(async {
        tokio::time::sleep(Duration::from_millis(100)).await;
        1
    });
    let mut ticks = 0;
    loop {
        tokio::select! {
            v = &mut handle => {
                println!("got {} after {ticks} ticks", v.unwrap());
                break;
            }
            _ = tokio::time::sleep(Duration::from_millis(30)) => ticks += 1,
        }
    }
}
