use std::sync::Mutex;

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: &str) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line.to_string());
}

async fn announce(name: &str) {
    print_line(&format!("future {name} runs"));
}

#[tokio::main]
async fn main() {
    let first = announce("A");
    let later = announce("B");
    print_line("main starts awaiting");
    first.await;
    announce("C").await;
    later.await;

    let predicted: Vec<&str> = "main starts awaiting
future A runs
future C runs
future B runs"
        .lines()
        .collect();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real order differs from your prediction");
    println!("prediction correct");
}
