use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let consumer = tokio::spawn(async move {
        while let Some(job) = rx.recv().await {
            print_line(format!("took {job} at {} ms", start.elapsed().as_millis()));
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    });
    tokio::task::yield_now().await; // let the consumer start waiting
    for job in 1..=4 {
        tx.send(job).await.unwrap();
        print_line(format!("sent {job} at {} ms", start.elapsed().as_millis()));
    }
    drop(tx);
    consumer.await.unwrap();

    let predicted = [
        "sent 1 at 0 ms", "took 1 at 0 ms",
        "sent 2 at 0 ms", "took 2 at 50 ms",
        "sent 3 at 50 ms", "took 3 at 100 ms",
        "sent 4 at 100 ms", "took 4 at 150 ms",
    ];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
