// fails: stdout, no missing_await, no warnings
use std::time::Duration;

async fn send_email(user: &'static str) {
    tokio::time::sleep(Duration::from_millis(20)).await;
    println!("welcome email sent to {user}");
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for user in ["ada", "grace", "alan"] {
        // The semicolon makes the block return `()`, but the future is still never awaited.
        handles.push(tokio::spawn(async move { send_email(user); }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("all tasks finished");
}
