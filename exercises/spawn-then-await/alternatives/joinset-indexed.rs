use tokio::task::JoinSet;
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
    let mut set = JoinSet::new();
    for (index, photo) in photos.into_iter().enumerate() {
        set.spawn(async move { (index, render(photo).await) });
    }
    let mut sizes = vec![0; photos.len()];
    while let Some(done) = set.join_next().await {
        let (index, size) = done.unwrap();
        sizes[index] = size;
    }
    for (photo, size) in photos.iter().zip(&sizes) {
        println!("{photo}: {size} bytes");
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
