use std::time::Duration;
use tokio::time::sleep;

async fn render(photo: &'static str) -> usize {
    sleep(Duration::from_millis(100)).await;
    photo.len()
}

#[tokio::main]
async fn main() {
    let photos = ["a.jpg", "bb.png"];
    let handles = photos.iter().map(|&p| tokio::spawn(render(p)));
    for h in handles {
        println!("{}", h.await.unwrap()); //~ sequential_awaits_not_concurrent
    }
}
