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
    // Iterator adapters are lazy: each task is spawned only when the loop asks for it.
    let handles = photos.iter().map(|&photo| tokio::spawn(render(photo)));
    for (photo, handle) in photos.iter().zip(handles) {
        let size = handle.await.unwrap();
        println!("{photo}: {size} bytes");
    }
    println!("done in {} ms", start.elapsed().as_millis());
}
