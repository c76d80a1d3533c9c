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
    let (a, b, c, d) = tokio::join!(render(photos[0]), render(photos[1]), render(photos[2]), render(photos[3]));
    for (photo, size) in photos.into_iter().zip([a, b, c, d]) {
        println!("{photo}: {size} bytes");
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
