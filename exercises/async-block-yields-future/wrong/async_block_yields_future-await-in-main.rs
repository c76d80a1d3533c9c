// fails: no async_block_yields_future, no warnings
use std::time::Duration;

async fn send_email(user: &'static str) {
    tokio::time::sleep(Duration::from_millis(20)).await;
    println!("welcome email sent to {user}");
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for user in ["ada", "grace", "alan"] {
        handles.push(tokio::spawn(async move { send_email(user) }));
    }
    for handle in handles {
        // The task only built the future; main now sends the emails one after another.
        let email = handle.await.unwrap();
        email.await;
    }
    println!("all tasks finished");
}
