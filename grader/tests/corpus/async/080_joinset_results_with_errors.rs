use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

async fn check(url: &'static str, ms: u64) -> Result<(&'static str, u16), String> {
    sleep(Duration::from_millis(ms)).await;
    if url.contains("bad") {
        Err(format!("{url}: connection refused"))
    } else {
        Ok((url, 200))
    }
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for (url, ms) in [("a.example", 30), ("bad.example", 10), ("c.example", 20)] {
        set.spawn(check(url, ms));
    }
    set.spawn(async {
        sleep(Duration::from_millis(25)).await;
        panic!("checker crashed");
    });
    let mut ok = 0;
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok(Ok((url, code))) => {
                ok += 1;
                println!("{url} -> {code}");
            }
            Ok(Err(e)) => println!("error: {e}"),
            Err(e) if e.is_panic() => println!("task panicked: {e}"),
            Err(e) => println!("task failed: {e}"),
        }
    }
    println!("{ok} ok");
}
