use std::time::Duration;

async fn count_lines(text: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(10)).await;
    text.lines().count()
}

async fn twice() -> usize {
    count_lines("a\nb")
}

#[tokio::main]
async fn main() {
    println!("{}", twice().await);
}
