use std::time::Duration;

async fn count_lines(text: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(10)).await;
    text.lines().count()
}

#[tokio::main]
async fn main() {
    let value: usize = count_lines("a\nb");
    println!("got {value}");
}
