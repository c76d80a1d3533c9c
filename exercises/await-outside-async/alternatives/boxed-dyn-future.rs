use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

async fn load_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("user {id}")
}

async fn load_settings(user: &str) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("dark mode for {user}")
}

fn load_both() -> Pin<Box<dyn Future<Output = String>>> {
    Box::pin(async move {
        let user = load_user(7).await;
        let settings = load_settings(&user).await;
        [user, settings].join(": ")
    })
}

#[tokio::main]
async fn main() {
    let combined = load_both().await;
    println!("{combined}");
}
