use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let ok = tokio::spawn(async { 10 });
    let bad = tokio::spawn(async {
        sleep(Duration::from_millis(100)).await;
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    let boom = tokio::spawn(async {
        panic!("worker {} exploded", 7);
    });
    println!("ok -> {:?}", ok.await);
    match boom.await {
        Ok(_) => println!("boom ok"),
        Err(e) => println!("boom: panic={} cancelled={} | {e}", e.is_panic(), e.is_cancelled()),
    }
    let err = bad.await.unwrap_err();
    println!("bad: {err}");
    let payload = err.into_panic();
    println!("payload is String: {}", payload.downcast_ref::<String>().is_some());
    println!("main keeps running");
}
