use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tokio::spawn(async move {
        for i in 0..6 {
            sleep(Duration::from_millis(80)).await;
            tx.send(i).await.unwrap();
        }
    });
    let mut got = 0;
    loop {
        tokio::select! {
            biased;
            msg = rx.recv() => match msg {
                Some(_) => got += 1,
                None => break,
            },
            _ = sleep(Duration::from_millis(300)) => {
                println!("300 ms deadline fired at {} ms", start.elapsed().as_millis());
                break;
            }
        }
    }
    println!("received {got} messages; the deadline was re-created each loop, ended at {} ms", start.elapsed().as_millis());
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tokio::spawn(async move {
        for i in 0..6 {
            sleep(Duration::from_millis(80)).await;
            if tx.send(i).await.is_err() {
                break;
            }
        }
    });
    let start = Instant::now();
    let deadline = sleep(Duration::from_millis(300));
    tokio::pin!(deadline);
    let mut got = 0;
    loop {
        tokio::select! {
            biased;
            _ = &mut deadline => {
                println!("pinned deadline fired at {} ms after {got} messages", start.elapsed().as_millis());
                break;
            }
            Some(_) = rx.recv() => got += 1,
        }
    }
}
