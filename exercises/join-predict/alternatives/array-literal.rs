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

    let predicted = [
        "ann: hello", "bob: hello", "cy: hello",
        "bob: bye", "cy: bye", "ann: bye",
        "all done",
    ];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real order differs from your prediction");
    println!("prediction correct");
}
