// fails: outcome, stdout, no missing_await, no warnings
use std::time::Duration;

async fn load_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("user {id}")
}

async fn load_settings(user: &str) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("dark mode for {user}")
}

async fn load_both() -> String {
    let user = load_user(7).await;
    let settings = load_settings(&user).await;
    format!("{user}: {settings}")
}

#[tokio::main]
async fn main() {
    // load_both is async now, but its caller does not await it.
    println!("{}", load_both());
}
