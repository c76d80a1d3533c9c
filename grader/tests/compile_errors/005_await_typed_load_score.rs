use std::time::Duration;

async fn load_score(player: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    player.len() as u32 * 10
}

#[tokio::main]
async fn main() {
    let value: u32 = load_score("ada");
    println!("got {value}");
}
