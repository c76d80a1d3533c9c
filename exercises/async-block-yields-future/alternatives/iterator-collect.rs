use std::time::Duration;
use tokio::task::JoinHandle;

async fn send_email(user: &'static str) {
    tokio::time::sleep(Duration::from_millis(20)).await;
    println!("welcome email sent to {user}");
}

fn spawn_welcome(user: &'static str) -> JoinHandle<()> {
    tokio::spawn(async move {
        let () = send_email(user).await;
    })
}

#[tokio::main]
async fn main() {
    let handles: Vec<JoinHandle<()>> = ["ada", "grace", "alan"].into_iter().map(spawn_welcome).collect();
    for handle in handles {
        if let Err(e) = handle.await {
            panic!("task failed: {e}");
        }
    }
    println!("all tasks finished");
}
