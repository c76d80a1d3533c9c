use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let fut = async {
        sleep(Duration::from_millis(5)).await;
        7
    };
    tokio::pin!(fut);
    let a = (&mut fut).await;
    println!("first {a}");
    let b = (&mut fut).await;
    println!("second {b}");
}
