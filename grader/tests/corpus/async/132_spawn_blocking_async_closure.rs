use tokio::time::{sleep, Duration, Instant};

async fn send_email(to: &str) -> bool {
    sleep(Duration::from_millis(100)).await;
    println!("email sent to {to}");
    true
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let handle = tokio::task::spawn_blocking(|| send_email("ann@example.com"));
    let future = handle.await.unwrap();
    println!("spawn_blocking returned a future at {} ms; nothing was sent", start.elapsed().as_millis());
    drop(future);
    let handle = tokio::spawn(send_email("bob@example.com"));
    println!("{} at {} ms", handle.await.unwrap(), start.elapsed().as_millis());
}
