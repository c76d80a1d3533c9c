use std::time::Duration;
use tokio::time::sleep;

async fn render(photo: &'static str) -> usize {
    sleep(Duration::from_millis(100)).await;
    photo.len()
}

#[tokio::main]
async fn main() {
    let photos = ["a.jpg", "bb.png"];
    let renders: Vec<_> = photos.iter().map(|&p| render(p)).collect();
    for r in renders {
        println!("{}", r.await); //~ sequential_awaits_not_concurrent
    }
}
