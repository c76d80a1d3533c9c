use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

struct Announce(u32);

impl Drop for Announce {
    fn drop(&mut self) {
        println!("task {} dropped", self.0);
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    {
        let mut set = JoinSet::new();
        for id in 1..=3u32 {
            set.spawn(async move {
                let _a = Announce(id);
                sleep(Duration::from_millis(100 * id as u64)).await;
                println!("task {id} finished");
            });
        }
        let first = set.join_next().await;
        println!("first joined: {:?} at {} ms", first.map(|r| r.is_ok()), start.elapsed().as_millis());
        println!("dropping the set with {} tasks left", set.len());
    }
    sleep(Duration::from_millis(500)).await;
    println!("nothing else finished; now {} ms", start.elapsed().as_millis());
}
