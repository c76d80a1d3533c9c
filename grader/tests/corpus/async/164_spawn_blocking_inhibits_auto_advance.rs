use std::time::Duration;
use tokio::time::Instant;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let blocking = tokio::task::spawn_blocking(|| {
        std::thread::sleep(Duration::from_millis(200));
        "blocking work done"
    });
    let timer = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        println!("50 ms timer fired; tokio clock {} ms", start.elapsed().as_millis());
    });
    println!("{}; tokio clock {} ms", blocking.await.unwrap(), start.elapsed().as_millis());
    timer.await.unwrap();
    println!("end; tokio clock {} ms", start.elapsed().as_millis());
}
