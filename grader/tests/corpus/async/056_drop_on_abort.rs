use tokio::time::{sleep, Duration, Instant};

struct Connection(&'static str);

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing connection {}", self.0);
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let handle = tokio::spawn(async {
        let _conn = Connection("db");
        println!("query started");
        sleep(Duration::from_secs(5)).await;
        println!("query finished");
    });
    sleep(Duration::from_millis(100)).await;
    println!("aborting at {} ms", start.elapsed().as_millis());
    handle.abort();
    println!("abort requested");
    let res = handle.await;
    println!("joined: cancelled={}", res.unwrap_err().is_cancelled());
    let never_polled = tokio::spawn(async {
        let _conn = Connection("cache");
        println!("never printed");
    });
    never_polled.abort();
    println!("{:?}", never_polled.await.map_err(|e| e.is_cancelled()));
}
