use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel::<i32>();
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx);
    let (otx, mut orx) = oneshot::channel::<&str>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(25)).await;
        otx.send("late").unwrap();
    });
    let mut round = 0;
    loop {
        round += 1;
        tokio::select! {
            biased;
            Some(v) = rx.recv() => println!("round {round}: got {v}"),
            r = &mut orx => {
                println!("round {round}: oneshot {r:?} at {} ms", start.elapsed().as_millis());
                break;
            }
        }
    }
    let r = tokio::select! {
        biased;
        Some(v) = rx.recv() => v,
        else => -1,
    };
    println!("after close: {r}");
    let (otx2, orx2) = oneshot::channel::<u8>();
    drop(otx2);
    let r = tokio::select! {
        biased;
        Ok(v) = orx2 => format!("value {v}"),
        _ = sleep(Duration::from_millis(5)) => format!("timer at {} ms", start.elapsed().as_millis()),
    };
    println!("{r}");
    let (tx3, mut rx3) = mpsc::channel::<Option<u8>>(4);
    for v in [None, Some(3), None, Some(4)] {
        tx3.send(v).await.unwrap();
    }
    drop(tx3);
    let mut seen = Vec::new();
    loop {
        let got = tokio::select! {
            biased;
            Some(Some(v)) = rx3.recv() => v,
            _ = sleep(Duration::from_millis(3)) => {
                seen.push(format!("timeout@{}", start.elapsed().as_millis()));
                break;
            }
        };
        seen.push(got.to_string());
    }
    println!("{seen:?}");
}
