use futures::future::{self, Either};
use tokio::time::{sleep, Duration, Instant};

async fn fetch(name: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    format!("{name}({ms})")
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let a = Box::pin(fetch("a", 30));
    let b = Box::pin(fetch("b", 10));
    let loser = match future::select(a, b).await {
        Either::Left((x, b)) => {
            println!("a won with {x}");
            Either::Right(b)
        }
        Either::Right((y, a)) => {
            println!("b won with {y} at {} ms", start.elapsed().as_millis());
            Either::Left(a)
        }
    };
    match loser {
        Either::Left(a) => println!("a finished later: {} at {} ms", a.await, start.elapsed().as_millis()),
        Either::Right(b) => println!("b finished later: {}", b.await),
    }
    // Both ready at once: the first argument wins.
    let r = future::select(Box::pin(async { 1 }), Box::pin(async { 2 })).await;
    match r {
        Either::Left((v, _)) => println!("left {v}"),
        Either::Right((v, _)) => println!("right {v}"),
    }
    // A loop that keeps the slow future across selects.
    let mut slow = Box::pin(fetch("slow", 35));
    let mut n = 0;
    loop {
        let tick = Box::pin(sleep(Duration::from_millis(10)));
        match future::select(tick, slow).await {
            Either::Left(((), rest)) => {
                n += 1;
                println!("tick {n} at {} ms", start.elapsed().as_millis());
                slow = rest;
            }
            Either::Right((s, _)) => {
                println!("{s} done at {} ms after {n} ticks", start.elapsed().as_millis());
                break;
            }
        }
    }
}
