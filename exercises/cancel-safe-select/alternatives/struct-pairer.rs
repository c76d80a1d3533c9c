use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep, Instant};

/// Holds the first half of a pair between `select!` iterations, so nothing is lost
/// when the status branch wins.
#[derive(Default)]
struct Pairer {
    half: Option<u32>,
}

impl Pairer {
    fn push(&mut self, n: u32) -> Option<(u32, u32)> {
        match self.half.replace(n) {
            Some(first) => {
                self.half = None;
                Some((first, n))
            }
            None => None,
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        for n in 1..=6 {
            tx.send(n).await.unwrap();
            sleep(Duration::from_millis(100)).await;
        }
    });
    let mut status = interval(Duration::from_millis(120));
    status.tick().await;
    let mut pairer = Pairer::default();
    let mut open = true;
    while open {
        tokio::select! {
            message = rx.recv() => {
                if let Some(n) = message {
                    if let Some((a, b)) = pairer.push(n) {
                        println!("pair ({}, {})", a, b);
                    }
                } else {
                    open = false;
                }
            }
            _ = status.tick() => {
                let ms = start.elapsed().as_millis();
                println!("status at {ms} ms");
            }
        }
    }
    println!("done");
}
