use std::time::Duration;

async fn load_score(player: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    player.len() as u32 * 10
}

async fn twice() -> u32 {
    load_score("ada")
}

#[tokio::main]
async fn main() {
    println!("{}", twice().await);
}
