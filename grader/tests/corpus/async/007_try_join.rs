use tokio::time::{sleep, Duration, Instant};

async fn step(name: &str, ms: u64, fail: bool) -> Result<String, String> {
    sleep(Duration::from_millis(ms)).await;
    if fail {
        println!("{name} failed");
        Err(format!("{name} broke"))
    } else {
        println!("{name} ok");
        Ok(name.to_uppercase())
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let ok = tokio::try_join!(step("a", 100, false), step("b", 200, false));
    println!("{ok:?} at {} ms", start.elapsed().as_millis());
    let start = Instant::now();
    let bad = tokio::try_join!(step("slow", 500, false), step("broken", 150, true), step("mid", 300, false));
    println!("{bad:?} at {} ms", start.elapsed().as_millis());
}
