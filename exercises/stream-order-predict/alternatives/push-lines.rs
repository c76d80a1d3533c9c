use futures::stream::{self, StreamExt};
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::{sleep, Instant};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

async fn job(name: &'static str, ms: u64) -> &'static str {
    sleep(Duration::from_millis(ms)).await;
    name
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    stream::iter([("a", 250), ("b", 100), ("c", 200), ("d", 100)])
        .map(|(name, ms)| job(name, ms))
        .buffered(2)
        .for_each(|name| async move {
            print_line(format!("{name} out at {} ms", start.elapsed().as_millis()));
        })
        .await;

    let mut predicted = Vec::new();
    for name in ["a", "b"] {
        predicted.push(format!("{name} out at 250 ms"));
    }
    for name in ["c", "d"] {
        predicted.push(format!("{name} out at 450 ms"));
    }

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
