use futures::future::{self, FutureExt};
use tokio::time::{sleep, Duration, Instant};

async fn attempt(name: &'static str, ms: u64, ok: bool) -> Result<String, String> {
    sleep(Duration::from_millis(ms)).await;
    println!("  {name} finished at {ms} ms");
    if ok { Ok(format!("{name} ok")) } else { Err(format!("{name} failed")) }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let tries = vec![
        attempt("a", 30, true).boxed(),
        attempt("b", 10, false).boxed(),
        attempt("c", 20, true).boxed(),
    ];
    match future::select_ok(tries).await {
        Ok((v, rest)) => println!("{v}, {} left at {} ms", rest.len(), start.elapsed().as_millis()),
        Err(e) => println!("all failed: {e}"),
    }
    let bad = vec![attempt("x", 5, false).boxed(), attempt("y", 15, false).boxed()];
    match future::select_ok(bad).await {
        Ok((v, _)) => println!("{v}"),
        Err(e) => println!("all failed, last: {e} at {} ms", start.elapsed().as_millis()),
    }
    let (a, b) = future::join(attempt("j1", 5, true), attempt("j2", 1, true)).await;
    println!("{a:?} {b:?}");
    let (a, b, c) = future::join3(async { 1 }, async { "two" }, attempt("j3", 2, false)).await;
    println!("{a} {b} {c:?}");
    let r = future::try_join(attempt("t1", 3, true), attempt("t2", 1, false)).await;
    println!("{r:?} at {} ms", start.elapsed().as_millis());
    let (x, y) = futures::join!(async { 7 }, attempt("m", 4, true));
    println!("{x} {y:?}");
}
