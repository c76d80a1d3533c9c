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

    let predicted = std::iter::once("main starts awaiting".to_string())
        .chain(['A', 'C', 'B'].iter().map(|c| format!("future {} runs", c)))
        .collect::<Vec<String>>();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real order differs from your prediction");
    println!("prediction correct");
}
