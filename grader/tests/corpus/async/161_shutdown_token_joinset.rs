use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};
use tokio_util::sync::CancellationToken;

async fn service(name: &'static str, period: u64, token: CancellationToken, start: Instant) -> (&'static str, u32) {
    let mut beats = 0;
    loop {
        tokio::select! {
            biased;
            _ = token.cancelled() => {
                sleep(Duration::from_millis(20)).await;
                println!("{name} cleaned up at {} ms", start.elapsed().as_millis());
                return (name, beats);
            }
            _ = sleep(Duration::from_millis(period)) => beats += 1,
        }
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let token = CancellationToken::new();
    let mut set = JoinSet::new();
    set.spawn(service("http", 30, token.clone(), start));
    set.spawn(service("metrics", 70, token.clone(), start));
    set.spawn(service("jobs", 110, token.clone(), start));
    sleep(Duration::from_millis(250)).await;
    println!("shutdown requested at {} ms", start.elapsed().as_millis());
    token.cancel();
    let mut summary = Vec::new();
    while let Some(r) = set.join_next().await {
        summary.push(r.unwrap());
    }
    summary.sort();
    println!("{summary:?} stopped by {} ms", start.elapsed().as_millis());
}
