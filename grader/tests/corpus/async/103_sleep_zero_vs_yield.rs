use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let a = tokio::spawn(async {
        for i in 0..3 {
            println!("a{i}");
            tokio::task::yield_now().await;
        }
    });
    let b = tokio::spawn(async {
        for i in 0..3 {
            println!("b{i}");
            sleep(Duration::ZERO).await;
        }
    });
    a.await.unwrap();
    b.await.unwrap();
    println!("done");
}
