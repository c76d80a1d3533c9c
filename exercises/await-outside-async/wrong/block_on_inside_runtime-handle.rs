// fails: outcome, stdout, no block_on_inside_runtime, no warnings
use std::time::Duration;

async fn load_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("user {id}")
}

async fn load_settings(user: &str) -> String {
    tokio::time::sleep(Duration::from_millis(50)).await;
    format!("dark mode for {user}")
}

fn load_both() -> String {
    // There is a runtime already, so block on it here instead of awaiting.
    tokio::runtime::Handle::current().block_on(async {
        let user = load_user(7).await;
        let settings = load_settings(&user).await;
        format!("{user}: {settings}")
    })
}

#[tokio::main]
async fn main() {
    println!("{}", load_both());
}
