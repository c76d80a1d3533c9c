use tokio::time::{sleep, timeout, Duration, Instant};

async fn racer(id: u32, ms: u64, limit: u64) -> String {
    tokio::select! {
        biased;
        _ = sleep(Duration::from_millis(ms)) => format!("racer {id} finished"),
        _ = sleep(Duration::from_millis(limit)) => format!("racer {id} gave up"),
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut handles = Vec::new();
    for (id, ms) in [(1, 30), (2, 90), (3, 60)] {
        handles.push(tokio::spawn(async move {
            let r = racer(id, ms, 70).await;
            println!("{r} at {} ms", start.elapsed().as_millis());
            r
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let (a, b) = tokio::join!(racer(4, 10, 20), async {
        timeout(Duration::from_millis(15), racer(5, 50, 100)).await
    });
    println!("{a}; {b:?} at {} ms", start.elapsed().as_millis());
    let r = tokio::select! {
        biased;
        v = async { tokio::join!(racer(6, 10, 100), racer(7, 40, 100)) } => format!("{v:?}"),
        _ = sleep(Duration::from_millis(30)) => "timer".to_string(),
    };
    println!("{r} at {} ms", start.elapsed().as_millis());
}
