use tokio::time::{sleep, Duration, Instant};
use tokio_util::sync::CancellationToken;

async fn job(name: &'static str, token: CancellationToken, ms: u64, start: Instant) {
    tokio::select! {
        biased;
        _ = token.cancelled() => println!("{name} cancelled at {} ms", start.elapsed().as_millis()),
        _ = sleep(Duration::from_millis(ms)) => println!("{name} finished at {} ms", start.elapsed().as_millis()),
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let root = CancellationToken::new();
    let group_a = root.child_token();
    let group_b = root.child_token();
    let handles = vec![
        tokio::spawn(job("a1", group_a.clone(), 100, start)),
        tokio::spawn(job("a2", group_a.clone(), 400, start)),
        tokio::spawn(job("b1", group_b.clone(), 300, start)),
        tokio::spawn(job("b2", group_b.child_token(), 900, start)),
    ];
    sleep(Duration::from_millis(200)).await;
    group_a.cancel();
    sleep(Duration::from_millis(300)).await;
    root.cancel();
    for h in handles {
        h.await.unwrap();
    }
    let guard = CancellationToken::new();
    let t = guard.clone();
    {
        let _drop_guard = guard.drop_guard();
    }
    println!("drop guard cancelled: {}", t.is_cancelled());
}
