use tokio::time::{sleep, Duration, Instant};

async fn name() -> String {
    sleep(Duration::from_millis(30)).await;
    "ferris".to_string()
}

async fn age() -> u32 {
    sleep(Duration::from_millis(10)).await;
    7
}

async fn hobbies() -> Vec<&'static str> {
    sleep(Duration::from_millis(20)).await;
    vec!["async", "crabs"]
}

async fn nothing() {}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (n, a, h, ()) = tokio::join!(name(), age(), hobbies(), nothing());
    println!("{n} is {a}, likes {h:?} ({} ms)", start.elapsed().as_millis());
    let single = tokio::join!(age());
    println!("{:?}", single);
    let r: Result<(u32, String), &str> = tokio::try_join!(async { Ok(1) }, async { Ok("x".to_string()) });
    println!("{r:?}");
}
