use std::sync::Mutex;
use std::time::Duration;
use tokio::time::sleep;

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

async fn chat(name: &str, pause_ms: u64) {
    print_line(format!("{name}: hello"));
    sleep(Duration::from_millis(pause_ms)).await;
    print_line(format!("{name}: bye"));
}

#[tokio::main]
async fn main() {
    tokio::join!(chat("ann", 300), chat("bob", 100), chat("cy", 200));
    print_line("all done".to_string());

    // Everyone says hello in join order; the byes come in order of the pauses.
    let mut predicted: Vec<String> = ["ann", "bob", "cy"].iter().map(|name| format!("{name}: hello")).collect();
    let mut by_pause = [("ann", 300), ("bob", 100), ("cy", 200)];
    by_pause.sort_by_key(|&(_, pause)| pause);
    predicted.extend(by_pause.iter().map(|(name, _)| format!("{name}: bye")));
    predicted.push(String::from("all done"));

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real order differs from your prediction");
    println!("prediction correct");
}
