use futures::future::join_all;
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
    let sizes = join_all(photos.map(|photo| tokio::spawn(render(photo)))).await;
    for (photo, size) in photos.iter().zip(sizes) {
        println!("{photo}: {} bytes", size.unwrap());
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
