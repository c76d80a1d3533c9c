use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut task = tokio::spawn(async {
        sleep(Duration::from_millis(350)).await;
        "report.pdf"
    });
    let mut progress = tokio::time::interval(Duration::from_millis(100));
    progress.tick().await;
    let file = loop {
        tokio::select! {
            biased;
            res = &mut task => break res.unwrap(),
            _ = progress.tick() => println!("still working at {} ms", start.elapsed().as_millis()),
        }
    };
    println!("got {file} at {} ms", start.elapsed().as_millis());
    let slow = tokio::spawn(async {
        sleep(Duration::from_secs(10)).await;
    });
    let outcome = tokio::time::timeout(Duration::from_millis(200), slow).await;
    println!("timed out waiting for the handle: {}", outcome.is_err());
}
