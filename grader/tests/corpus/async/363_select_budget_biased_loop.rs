use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    for i in 0..300 {
        tx.send(i).unwrap();
    }
    let (tx2, mut rx2) = mpsc::unbounded_channel::<&str>();
    tx2.send("other").unwrap();
    let mut count = 0;
    loop {
        tokio::select! {
            biased;
            Some(_) = rx.recv() => count += 1,
            Some(s) = rx2.recv() => {
                println!("{s} after {count}");
                break;
            }
        }
    }
    let (tx3, mut rx3) = mpsc::unbounded_channel::<u32>();
    for i in 0..200 {
        tx3.send(i).unwrap();
    }
    let ticker = tokio::spawn(async move {
        println!("ticker runs at {} ms", start.elapsed().as_millis());
    });
    let mut n = 0;
    let mut timer_wins = 0;
    let t = sleep(Duration::from_millis(0));
    tokio::pin!(t);
    while n < 200 {
        tokio::select! {
            biased;
            Some(_) = rx3.recv() => n += 1,
            _ = &mut t, if timer_wins == 0 => {
                timer_wins += 1;
                println!("zero timer after {n}");
            }
        }
    }
    println!("drained {n}, timer {timer_wins}");
    ticker.await.unwrap();
    let mut polls = 0;
    let r = loop {
        polls += 1;
        tokio::select! {
            biased;
            _ = sleep(Duration::from_millis(5)) => break "timer",
            _ = tokio::task::yield_now() => {
                if polls > 3 {
                    break "yield";
                }
            }
        }
    };
    println!("{r} after {polls} at {} ms", start.elapsed().as_millis());
}
