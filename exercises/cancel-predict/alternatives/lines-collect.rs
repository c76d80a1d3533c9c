use std::sync::Mutex;
use std::time::Duration;
use tokio::time::{sleep, timeout};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        print_line(format!("drop {}", self.0));
    }
}

async fn job() {
    let _a = Guard("a");
    print_line("step 1".to_string());
    sleep(Duration::from_millis(100)).await;
    let _b = Guard("b");
    print_line("step 2".to_string());
    sleep(Duration::from_millis(100)).await;
    print_line("step 3".to_string());
}

#[tokio::main]
async fn main() {
    let result = timeout(Duration::from_millis(150), job()).await;
    print_line(format!("timed out: {}", result.is_err()));

    let predicted: Vec<&str> = "step 1
step 2
drop b
drop a
timed out: true"
        .lines()
        .collect();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
