use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx_a, mut rx_a) = mpsc::channel::<u32>(4);
    let (tx_b, mut rx_b) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for i in 0..3 {
            sleep(Duration::from_millis(100)).await;
            tx_a.send(i).await.unwrap();
        }
    });
    tokio::spawn(async move {
        sleep(Duration::from_millis(150)).await;
        tx_b.send(100).await.unwrap();
    });
    let (mut a_open, mut b_open) = (true, true);
    loop {
        tokio::select! {
            biased;
            v = rx_a.recv(), if a_open => match v {
                Some(v) => println!("a: {v} at {} ms", start.elapsed().as_millis()),
                None => { println!("a closed"); a_open = false; }
            },
            v = rx_b.recv(), if b_open => match v {
                Some(v) => println!("b: {v} at {} ms", start.elapsed().as_millis()),
                None => { println!("b closed"); b_open = false; }
            },
            else => break,
        }
    }
    println!("both closed at {} ms", start.elapsed().as_millis());
}
