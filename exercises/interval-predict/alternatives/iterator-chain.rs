use std::sync::Mutex;
use std::time::Duration;
use tokio::time::{interval, sleep, Instant};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut heartbeat = interval(Duration::from_millis(100));
    for beat in 1..=4 {
        heartbeat.tick().await;
        print_line(format!("beat {beat} at {} ms", start.elapsed().as_millis()));
        sleep(Duration::from_millis(40)).await; // the work
    }
    print_line(format!("stopped at {} ms", start.elapsed().as_millis()));

    // One beat every 100 ms from 0, then 40 ms of work after the last one.
    let predicted: Vec<String> = (0..4u32)
        .map(|i| format!("beat {} at {} ms", i + 1, i * 100))
        .chain(std::iter::once(format!("stopped at {} ms", 3 * 100 + 40)))
        .collect();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
