use std::time::Duration;

async fn send_email(user: &'static str) {
    tokio::time::sleep(Duration::from_millis(20)).await;
    println!("welcome email sent to {user}");
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for user in ["ada", "grace", "alan"] {
        // The future of an async fn is already a task body: no block needed.
        handles.push(tokio::spawn(send_email(user)));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("all tasks finished");
}
