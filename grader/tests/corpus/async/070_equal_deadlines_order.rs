use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut handles = Vec::new();
    for name in ["a", "b", "c", "d"] {
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(100)).await;
            println!("{name} woke at {} ms", start.elapsed().as_millis());
        }));
    }
    let late = tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        sleep(Duration::from_millis(50)).await;
        println!("late (two 50 ms sleeps) woke at {} ms", start.elapsed().as_millis());
    });
    for h in handles {
        h.await.unwrap();
    }
    late.await.unwrap();
}
