use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let permits = Arc::new(Semaphore::new(2));
    let mut set = JoinSet::new();
    for (name, ms) in [("a", 300), ("b", 100), ("c", 200), ("d", 50), ("e", 50)] {
        let permits = Arc::clone(&permits);
        set.spawn(async move {
            let _permit = permits.acquire_owned().await.unwrap();
            print_line(format!("{name} starts at {} ms", start.elapsed().as_millis()));
            sleep(Duration::from_millis(ms)).await;
        });
    }
    while let Some(result) = set.join_next().await {
        result.unwrap();
    }

    let predicted: Vec<String> = [("a", 0), ("b", 0), ("c", 100), ("d", 300), ("e", 300)]
        .into_iter()
        .map(|(name, ms)| format!("{name} starts at {ms} ms"))
        .collect();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
