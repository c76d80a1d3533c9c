use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let quick = tokio::spawn(async { 1 });
    let slow = tokio::spawn(async {
        sleep(Duration::from_millis(100)).await;
        2
    });
    println!("before yielding: {} {}", quick.is_finished(), slow.is_finished());
    tokio::task::yield_now().await;
    println!("after one yield: {} {}", quick.is_finished(), slow.is_finished());
    sleep(Duration::from_millis(100)).await;
    println!("after 100 ms: {} {}", quick.is_finished(), slow.is_finished());
    println!("{} {}", quick.await.unwrap(), slow.await.unwrap());
}
