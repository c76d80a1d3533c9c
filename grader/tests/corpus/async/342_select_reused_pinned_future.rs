use std::pin::pin;
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

async fn slow_sum(n: u64) -> u64 {
    let mut s = 0;
    for i in 1..=n {
        sleep(Duration::from_millis(10)).await;
        s += i;
    }
    s
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u64>(4);
    tokio::spawn(async move {
        for i in 0..5 {
            sleep(Duration::from_millis(7)).await;
            if tx.send(i).await.is_err() {
                println!("receiver gone at {i}");
                return;
            }
        }
    });
    let mut work = pin!(slow_sum(4));
    let mut done = false;
    let mut got = Vec::new();
    loop {
        tokio::select! {
            biased;
            s = &mut work, if !done => {
                done = true;
                println!("sum {s} at {} ms", start.elapsed().as_millis());
            }
            Some(v) = rx.recv() => got.push((v, start.elapsed().as_millis())),
            else => break,
        }
    }
    println!("{got:?} at {} ms", start.elapsed().as_millis());
    let mut deadline = pin!(sleep(Duration::from_millis(30)));
    let mut ticks = 0;
    loop {
        tokio::select! {
            biased;
            _ = &mut deadline => {
                println!("deadline after {ticks} ticks at {} ms", start.elapsed().as_millis());
                break;
            }
            _ = sleep(Duration::from_millis(8)) => ticks += 1,
        }
    }
    println!("is_elapsed {}", deadline.is_elapsed());
    deadline.as_mut().reset(Instant::now() + Duration::from_millis(5));
    println!("after reset is_elapsed {}", deadline.is_elapsed());
    (&mut deadline).await;
    println!("reset fired at {} ms", start.elapsed().as_millis());
    let mut fut = Box::pin(async {
        sleep(Duration::from_millis(12)).await;
        "boxed"
    });
    let mut misses = 0;
    let out = loop {
        tokio::select! {
            biased;
            v = fut.as_mut() => break v,
            _ = sleep(Duration::from_millis(5)) => misses += 1,
        }
    };
    println!("{out} after {misses} misses at {} ms", start.elapsed().as_millis());
}
