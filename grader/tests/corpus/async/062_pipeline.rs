use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (raw_tx, mut raw_rx) = mpsc::channel::<String>(2);
    let (parsed_tx, mut parsed_rx) = mpsc::channel::<i64>(2);
    let source = tokio::spawn(async move {
        for line in ["10", "x", "25", "-3", "7"] {
            sleep(Duration::from_millis(20)).await;
            raw_tx.send(line.to_string()).await.unwrap();
        }
    });
    let parser = tokio::spawn(async move {
        while let Some(line) = raw_rx.recv().await {
            match line.parse::<i64>() {
                Ok(n) => parsed_tx.send(n).await.unwrap(),
                Err(_) => println!("parser: skipping {line:?} at {} ms", start.elapsed().as_millis()),
            }
        }
        println!("parser: input closed");
    });
    let mut total = 0;
    while let Some(n) = parsed_rx.recv().await {
        total += n;
        println!("sink: +{n} = {total} at {} ms", start.elapsed().as_millis());
    }
    source.await.unwrap();
    parser.await.unwrap();
    println!("total {total} at {} ms", start.elapsed().as_millis());
}
