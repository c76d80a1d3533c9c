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
    let (mut left_open, mut right_open) = (true, true);
    while left_open || right_open {
        tokio::select! {
            message = left.recv(), if left_open => match message {
                Some(n) => println!("left {n}"),
                None => left_open = false,
            },
            message = right.recv(), if right_open => match message {
                Some(n) => println!("right {n}"),
                None => right_open = false,
            },
        }
    }
    println!("both channels closed");
}
