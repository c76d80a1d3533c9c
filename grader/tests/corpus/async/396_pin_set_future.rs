// `Pin::set` replaces a pinned future in place: the old one is dropped (a pending
// sleep is cancelled), and `&mut fut` in the next `select!` polls the new one.
use std::pin::Pin;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn next_batch(mut rx: mpsc::Receiver<u32>, tag: &'static str) -> (Option<u32>, mpsc::Receiver<u32>) {
    let _noisy = Noisy(tag);
    let v = rx.recv().await;
    (v, rx)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for n in 1..=3 {
            sleep(Duration::from_millis(100)).await;
            tx.send(n).await.unwrap();
        }
    });
    let mut status = interval(Duration::from_millis(120));
    status.tick().await;
    let mut fut = Box::pin(next_batch(rx, "first"));
    let tags = ["second", "third", "fourth"];
    let mut i = 0;
    loop {
        tokio::select! {
            biased;
            (v, rx) = &mut fut => match v {
                Some(n) => {
                    println!("got {n} at {} ms", start.elapsed().as_millis());
                    fut.set(next_batch(rx, tags[i]));
                    i += 1;
                }
                None => break,
            },
            _ = status.tick() => println!("status at {} ms", start.elapsed().as_millis()),
        }
    }

    let mut timer: Pin<Box<tokio::time::Sleep>> = Box::pin(sleep(Duration::from_millis(500)));
    tokio::select! {
        biased;
        _ = &mut timer => println!("500 ms timer fired"),
        _ = sleep(Duration::from_millis(50)) => println!("50 ms first"),
    }
    timer.as_mut().set(sleep(Duration::from_millis(20)));
    (&mut timer).await;
    println!("replaced timer fired at {} ms", start.elapsed().as_millis());
}
