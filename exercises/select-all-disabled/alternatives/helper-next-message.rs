use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let (left_tx, mut left) = mpsc::channel(4);
    let (right_tx, mut right) = mpsc::channel(4);
    tokio::spawn(async move {
        for n in [1, 2] {
            sleep(Duration::from_millis(20)).await;
            left_tx.send(n).await.unwrap();
        }
    });
    tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        for n in [1, 2] {
            sleep(Duration::from_millis(20)).await;
            right_tx.send(n).await.unwrap();
        }
    });
    while let Some((side, n)) = next_message(&mut left, &mut right).await {
        println!("{side} {n}");
    }
    println!("both channels closed");
}

async fn next_message(left: &mut mpsc::Receiver<i32>, right: &mut mpsc::Receiver<i32>) -> Option<(&'static str, i32)> {
    tokio::select! {
        Some(n) = left.recv() => Some(("left", n)),
        Some(n) = right.recv() => Some(("right", n)),
        else => None,
    }
}
