use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<&str>(16);
    tokio::spawn(async move {
        for (gap, key) in [(0, "r"), (30, "ru"), (30, "rus"), (200, "rust"), (40, "rusty")] {
            sleep(Duration::from_millis(gap)).await;
            tx.send(key).await.unwrap();
        }
    });
    let quiet = Duration::from_millis(100);
    let mut pending: Option<(&str, Instant)> = None;
    loop {
        let deadline = pending.map(|(_, at)| at + quiet);
        tokio::select! {
            biased;
            msg = rx.recv() => match msg {
                Some(text) => pending = Some((text, Instant::now())),
                None => break,
            },
            _ = async { sleep_until(deadline.unwrap()).await }, if deadline.is_some() => {
                let (text, _) = pending.take().unwrap();
                println!("search {text:?} at {} ms", start.elapsed().as_millis());
            }
        }
    }
    if let Some((text, at)) = pending {
        sleep_until(at + quiet).await;
        println!("search {text:?} at {} ms (after input closed)", start.elapsed().as_millis());
    }
}
