use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (to_pong, mut pong_rx) = mpsc::channel::<u32>(1);
    let (to_ping, mut ping_rx) = mpsc::channel::<u32>(1);
    let pong = tokio::spawn(async move {
        while let Some(n) = pong_rx.recv().await {
            sleep(Duration::from_millis(20)).await;
            println!("  pong {n} at {} ms", start.elapsed().as_millis());
            if to_ping.send(n + 1).await.is_err() {
                break;
            }
        }
        println!("  pong: ping hung up");
    });
    to_pong.send(0).await.unwrap();
    while let Some(n) = ping_rx.recv().await {
        println!("ping {n} at {} ms", start.elapsed().as_millis());
        if n >= 5 {
            break;
        }
        sleep(Duration::from_millis(10)).await;
        to_pong.send(n + 1).await.unwrap();
    }
    drop(to_pong);
    pong.await.unwrap();
    println!("rally over at {} ms", start.elapsed().as_millis());
}
