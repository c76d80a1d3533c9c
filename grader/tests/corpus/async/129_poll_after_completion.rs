use tokio::time::{sleep, Duration};

async fn fetch() -> &'static str {
    sleep(Duration::from_millis(10)).await;
    "data"
}

#[tokio::main]
async fn main() {
    let fut = fetch();
    tokio::pin!(fut);
    for round in 0..3 {
        tokio::select! {
            biased;
            v = &mut fut => println!("round {round}: {v}"),
            _ = sleep(Duration::from_millis(30)) => println!("round {round}: timer"),
        }
    }
}
