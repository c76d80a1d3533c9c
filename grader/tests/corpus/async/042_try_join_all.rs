use futures::future::try_join_all;
use tokio::time::{sleep, Duration, Instant};

async fn load(id: u32) -> Result<u32, String> {
    sleep(Duration::from_millis(100 * id as u64)).await;
    if id == 2 {
        return Err(format!("record {id} missing"));
    }
    println!("loaded {id}");
    Ok(id * 10)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let all = try_join_all(vec![load(1), load(3)]).await;
    println!("{all:?} at {} ms", start.elapsed().as_millis());
    let start = Instant::now();
    let some = try_join_all((1..=4).map(load)).await;
    println!("{some:?} at {} ms", start.elapsed().as_millis());
}
