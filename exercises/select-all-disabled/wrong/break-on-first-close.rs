// fails: stdout
// checks only: the loop ends when the first channel closes, so `right 2` is never printed; each branch alone is correct code
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
    loop {
        tokio::select! {
            message = left.recv() => match message {
                Some(n) => println!("left {n}"),
                None => break,
            },
            message = right.recv() => match message {
                Some(n) => println!("right {n}"),
                None => break,
            },
        }
    }
    println!("both channels closed");
}
