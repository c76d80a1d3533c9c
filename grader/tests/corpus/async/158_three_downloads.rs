use tokio::time::{sleep, Duration, Instant};

async fn download(file: &str, ms: u64) -> usize {
    sleep(Duration::from_millis(ms)).await;
    file.len() * 1024
}

#[tokio::main]
async fn main() {
    let files = [("logo.png", 500), ("app.js", 500), ("style.css", 500)];

    let start = Instant::now();
    let mut total = 0;
    for (f, ms) in files {
        total += download(f, ms).await;
    }
    println!("one after another: {total} bytes in {:.1} s", start.elapsed().as_secs_f64());

    let start = Instant::now();
    let (a, b, c) = tokio::join!(
        download(files[0].0, files[0].1),
        download(files[1].0, files[1].1),
        download(files[2].0, files[2].1)
    );
    println!("concurrently: {} bytes in {:.1} s", a + b + c, start.elapsed().as_secs_f64());

    let start = Instant::now();
    let handles: Vec<_> = files.iter().map(|&(f, ms)| tokio::spawn(download(f, ms))).collect();
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("spawned: {total} bytes in {:.1} s", start.elapsed().as_secs_f64());
}
