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

    let mut predicted = vec!["sent 1 at 0 ms".to_string()];
    for job in 1..=4 {
        predicted.push(format!("took {job} at {} ms", (job - 1) * 50));
        if job < 4 {
            predicted.push(format!("sent {} at {} ms", job + 1, (job - 1) * 50));
        }
    }

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
