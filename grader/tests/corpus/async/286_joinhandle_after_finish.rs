use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let quick = tokio::spawn(async {
        println!("quick runs");
        1
    });
    let slow = tokio::spawn(async {
        sleep(Duration::from_millis(20)).await;
        println!("slow runs");
        2
    });
    sleep(Duration::from_millis(5)).await;
    println!("quick finished: {}", quick.is_finished());
    println!("slow finished: {}", slow.is_finished());
    let q = quick.await.unwrap();
    println!("joined quick {q}");
    let s = slow.await.unwrap();
    println!("joined slow {s}");
    let late = tokio::spawn(async { 3 });
    tokio::task::yield_now().await;
    println!("late finished: {}", late.is_finished());
    println!("joined late {}", late.await.unwrap());
}
