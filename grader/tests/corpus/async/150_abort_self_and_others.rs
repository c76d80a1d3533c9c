use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let victim = tokio::spawn(async {
        println!("victim started");
        tokio::task::yield_now().await;
        println!("victim still alive after its first yield");
        sleep(Duration::from_secs(1)).await;
        println!("never");
    });
    let victim_abort = victim.abort_handle();
    let killer = tokio::spawn(async move {
        println!("killer aborts the victim");
        victim_abort.abort();
    });
    killer.await.unwrap();
    let r = victim.await;
    println!("victim: cancelled={}", r.unwrap_err().is_cancelled());
    let finished = tokio::spawn(async { 5 });
    tokio::task::yield_now().await;
    finished.abort();
    println!("abort after completion keeps the value: {:?}", finished.await.ok());
}
