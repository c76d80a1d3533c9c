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
    let mut handles = Vec::new();
    for photo in photos {
        handles.push(tokio::spawn(render(photo)));
    }
    for (i, handle) in handles.into_iter().enumerate() {
        let size = handle.await.unwrap();
        println!("{}: {} bytes", photos[i], size);
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
