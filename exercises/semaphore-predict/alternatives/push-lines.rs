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

    let mut predicted = Vec::new();
    for name in ["a", "b"] {
        predicted.push(format!("{} starts at {} ms", name, 0));
    }
    predicted.push(String::from("c starts at 100 ms"));
    for name in ["d", "e"] {
        predicted.push(format!("{name} starts at {:>3} ms", 300));
    }

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
