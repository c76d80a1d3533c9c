use tokio::time::{sleep, Duration, Instant};

async fn flush(buffer: Vec<u8>) -> usize {
    sleep(Duration::from_millis(20)).await;
    if buffer.len() > 3 {
        panic!("buffer of {} bytes is too large", buffer.len());
    }
    buffer.len()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let _ = tokio::spawn(flush(vec![1, 2, 3, 4, 5]));
    let small = tokio::spawn(flush(vec![1]));
    sleep(Duration::from_millis(50)).await;
    let _ = small.await;
    println!("main carries on at {} ms as if every flush succeeded", start.elapsed().as_millis());
}
