use std::time::Duration;
use tokio::task::JoinSet;

async fn send_email(user: &'static str) {
    tokio::time::sleep(Duration::from_millis(20)).await;
    println!("welcome email sent to {user}");
}

#[tokio::main]
async fn main() {
    let mut emails = JoinSet::new();
    for user in ["ada", "grace", "alan"] {
        emails.spawn(async move {
            send_email(user).await;
        });
    }
    while let Some(result) = emails.join_next().await {
        result.expect("an email task panicked");
    }
    println!("all tasks finished");
}
