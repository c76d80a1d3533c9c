use std::future::Future;
use std::pin::Pin;
use tokio::time::{sleep, Duration, Instant};

async fn job(name: &'static str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    format!("{name} done")
}

fn boxed(name: &'static str, ms: u64) -> Pin<Box<dyn Future<Output = String> + Send>> {
    Box::pin(job(name, ms))
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let long = job("long", 250);
    tokio::pin!(long);
    let mut polls = 0;
    loop {
        tokio::select! {
            biased;
            out = &mut long => {
                println!("{out} at {} ms after {polls} timer wins", start.elapsed().as_millis());
                break;
            }
            _ = sleep(Duration::from_millis(100)) => polls += 1,
        }
    }
    let other = std::pin::pin!(job("std pin", 120));
    let mut other = other;
    loop {
        tokio::select! {
            biased;
            _ = sleep(Duration::from_millis(50)) => println!("tick at {} ms", start.elapsed().as_millis()),
            out = other.as_mut() => { println!("{out} at {} ms", start.elapsed().as_millis()); break; }
        }
    }
    let mut list: Vec<Pin<Box<dyn Future<Output = String> + Send>>> = vec![boxed("b1", 30), boxed("b2", 10)];
    while let Some(f) = list.pop() {
        println!("{} at {} ms", f.await, start.elapsed().as_millis());
    }
    let mut f = boxed("reused", 60);
    let r = tokio::select! {
        biased;
        _ = sleep(Duration::from_millis(20)) => None,
        v = f.as_mut() => Some(v),
    };
    println!("first select: {r:?}");
    println!("awaited afterwards: {} at {} ms", f.await, start.elapsed().as_millis());
}
