use tokio::task::JoinHandle;
use tokio::time::{sleep, Duration};

async fn square_later(n: u64) -> u64 {
    sleep(Duration::from_millis(10 * (5 - n))).await;
    n * n
}

#[tokio::main]
async fn main() {
    let handles: Vec<JoinHandle<u64>> = (1..=4).map(|n| tokio::spawn(square_later(n))).collect();
    let mut results = Vec::new();
    for h in handles {
        results.push(h.await.unwrap());
    }
    println!("{results:?}");
    let text = tokio::spawn(async { String::from("owned string from a task") }).await.unwrap();
    println!("{text}");
    let nested: Result<Result<u8, String>, tokio::task::JoinError> = tokio::spawn(async { Err::<u8, String>("inner error".into()) }).await;
    println!("{nested:?}");
    let unit = tokio::spawn(async {}).await;
    println!("{unit:?}");
}
