// fails: outcome, stdout
// checks only: a wrong prediction (the 40 ms of work imagined to push each tick back); the program's own assert catches it
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

    let predicted = vec![
        "beat 1 at 0 ms",
        "beat 2 at 140 ms",
        "beat 3 at 280 ms",
        "beat 4 at 420 ms",
        "stopped at 460 ms",
    ];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
