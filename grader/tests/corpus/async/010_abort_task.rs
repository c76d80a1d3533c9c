use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let handle = tokio::spawn(async move {
        for i in 1.. {
            sleep(Duration::from_millis(100)).await;
            println!("tick {i} at {} ms", start.elapsed().as_millis());
        }
    });
    sleep(Duration::from_millis(350)).await;
    handle.abort();
    println!("aborted at {} ms", start.elapsed().as_millis());
    let err = handle.await.unwrap_err();
    println!("cancelled={} panic={}", err.is_cancelled(), err.is_panic());
    println!("{err}");
    println!("{err:?}");
    sleep(Duration::from_millis(500)).await;
    println!("no more ticks; end at {} ms", start.elapsed().as_millis());
}
