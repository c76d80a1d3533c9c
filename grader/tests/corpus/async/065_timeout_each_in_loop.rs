use tokio::time::{sleep, timeout, Duration, Instant};

async fn fetch(id: u64) -> u64 {
    sleep(Duration::from_millis(id * 60)).await;
    id * 100
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut ok = 0;
    let mut timed_out = Vec::new();
    for id in 1..=5 {
        match timeout(Duration::from_millis(200), fetch(id)).await {
            Ok(v) => {
                ok += 1;
                println!("id {id} -> {v} at {} ms", start.elapsed().as_millis());
            }
            Err(_) => {
                println!("id {id} timed out at {} ms", start.elapsed().as_millis());
                timed_out.push(id);
            }
        }
    }
    println!("{ok} ok, timed out: {timed_out:?}");
}
