use tokio::time::{sleep, Duration, Instant};

async fn save(name: &str) -> bool {
    sleep(Duration::from_millis(100)).await;
    println!("saved {name}");
    true
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let _ = save("draft");
    println!("called save() without .await: nothing happened ({} ms)", start.elapsed().as_millis());
    let pending = save("final");
    println!("still nothing at {} ms", start.elapsed().as_millis());
    let ok = pending.await;
    println!("awaited: {ok} at {} ms", start.elapsed().as_millis());
    tokio::spawn(save("background"));
    println!("spawned; main returns at {} ms before it finishes", start.elapsed().as_millis());
}
