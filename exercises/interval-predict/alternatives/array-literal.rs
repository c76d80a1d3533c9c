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

    let predicted = ["beat 1 at 0 ms", "beat 2 at 100 ms", "beat 3 at 200 ms", "beat 4 at 300 ms", "stopped at 340 ms"];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
