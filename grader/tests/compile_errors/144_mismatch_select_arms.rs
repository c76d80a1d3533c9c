use std::time::Duration;

#[tokio::main]
async fn main() {
    let out = tokio::select! {
        biased;
        _ = tokio::time::sleep(Duration::from_millis(5)) => "timeout",
        v = async { 7 } => v,
    };
    println!("{out}");
}
