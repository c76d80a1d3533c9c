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

    // job n is taken at 50 * (n - 1) ms; it can be sent once job n - 1 is taken
    let predicted: Vec<String> = (1..=4u32)
        .flat_map(|job| {
            [
                format!("sent {job} at {} ms", 50 * job.saturating_sub(2)),
                format!("took {job} at {} ms", 50 * (job - 1)),
            ]
        })
        .collect();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
