use tokio::sync::oneshot;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx1, rx1) = oneshot::channel::<u32>();
    let (tx2, rx2) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        drop(tx1);
    });
    tokio::spawn(async move {
        sleep(Duration::from_millis(120)).await;
        tx2.send(7).unwrap();
    });
    tokio::select! {
        biased;
        Ok(v) = rx1 => println!("first channel gave {v}"),
        Ok(v) = rx2 => println!("second channel gave {v} at {} ms", start.elapsed().as_millis()),
    }
    let r = tokio::select! {
        biased;
        Some(x) = async { None::<u32> } => x,
        else => 0,
    };
    println!("all patterns failed, else gave {r}");
}
