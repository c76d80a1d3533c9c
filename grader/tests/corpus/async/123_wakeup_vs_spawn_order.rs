use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let sleeper = tokio::spawn(async {
        sleep(Duration::from_millis(100)).await;
        println!("sleeper woke");
        tokio::task::yield_now().await;
        println!("sleeper after yield");
    });
    sleep(Duration::from_millis(100)).await;
    println!("main woke");
    let fresh = tokio::spawn(async {
        println!("fresh task runs");
    });
    tokio::task::yield_now().await;
    println!("main after yield");
    sleeper.await.unwrap();
    fresh.await.unwrap();
}
