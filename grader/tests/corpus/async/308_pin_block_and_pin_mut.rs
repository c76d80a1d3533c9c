use futures::future::{select, Either};
use futures::pin_mut;
use tokio::time::{sleep, Duration, Instant};

async fn step(name: &str, ms: u64) -> &str {
    sleep(Duration::from_millis(ms)).await;
    name
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    tokio::pin! {
        let a = step("a", 20);
        let b = step("b", 50);
    }
    let mut a_done = false;
    loop {
        tokio::select! {
            biased;
            x = &mut a, if !a_done => {
                a_done = true;
                println!("{x} at {} ms", start.elapsed().as_millis());
            }
            y = &mut b => {
                println!("{y} at {} ms", start.elapsed().as_millis());
                break;
            }
        }
    }
    let c = step("c", 10);
    let d = step("d", 10);
    pin_mut!(c, d);
    match select(c, d).await {
        Either::Left((x, d)) => println!("{x} first, then {}", d.await),
        Either::Right((y, c)) => println!("{y} first, then {}", c.await),
    }
    println!("end at {} ms", start.elapsed().as_millis());
}
