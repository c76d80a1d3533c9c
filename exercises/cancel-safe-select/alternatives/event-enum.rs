use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

enum Event {
    Message(u32),
    Closed,
    Status,
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        for n in 1..=6 {
            tx.send(n).await.unwrap();
            sleep(Duration::from_millis(100)).await;
        }
    });
    let mut status = interval(Duration::from_millis(120));
    status.tick().await;
    let mut pending = Vec::with_capacity(2);
    loop {
        let event = tokio::select! {
            message = rx.recv() => message.map_or(Event::Closed, Event::Message),
            _ = status.tick() => Event::Status,
        };
        match event {
            Event::Message(n) => {
                pending.push(n);
                if let [a, b] = pending[..] {
                    println!("pair ({a}, {b})");
                    pending.clear();
                }
            }
            Event::Status => println!("status at {} ms", start.elapsed().as_millis()),
            Event::Closed => break,
        }
    }
    println!("done");
}
