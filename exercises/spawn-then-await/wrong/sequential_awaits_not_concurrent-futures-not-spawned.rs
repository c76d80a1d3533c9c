// fails: stdout, virtual time, no sequential_awaits_not_concurrent, no warnings
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
    // Futures collected first, but nothing runs them until each is awaited.
    let renders: Vec<_> = photos.iter().map(|&photo| render(photo)).collect();
    for (photo, render) in photos.iter().zip(renders) {
        let size = render.await;
        println!("{photo}: {size} bytes");
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
