use std::time::Duration;

async fn load_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("user {id}")
}

async fn load_settings(user: &str) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("dark mode for {user}")
}

async fn load_both(id: u32) -> String {
    let user = load_user(id).await;
    let settings = load_settings(&user).await;
    user + ": " + &settings
}

#[tokio::main]
async fn main() {
    let line = load_both(7).await;
    println!("{}", line);
}
