use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn render(photo: &'static str) -> usize {
    sleep(Duration::from_millis(400)).await;
    photo.len() * 1_000
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let photos = ["beach.jpg", "cat.png", "mountain.jpg", "me.png"];
    // TODO: each task is awaited before the next one is spawned.
    for photo in photos {
        let size = tokio::spawn(render(photo)).await.unwrap();
        println!("{photo}: {size} bytes");
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
