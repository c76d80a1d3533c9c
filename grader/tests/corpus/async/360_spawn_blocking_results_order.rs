use tokio::task;
use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let a = task::spawn_blocking(|| {
        std::thread::sleep(std::time::Duration::from_millis(30));
        (1..=10).sum::<u32>()
    });
    let t = tokio::spawn(async move {
        sleep(Duration::from_millis(5)).await;
        format!("async task at {} ms", start.elapsed().as_millis())
    });
    println!("blocking result {} at {} ms", a.await.unwrap(), start.elapsed().as_millis());
    println!("{}", t.await.unwrap());
    let b = task::spawn_blocking(|| {
        std::thread::sleep(std::time::Duration::from_millis(20));
        "slow"
    });
    let r = timeout(Duration::from_millis(10), b).await;
    println!("timeout around blocking: {:?} at {} ms", r.map(|j| j.unwrap()), start.elapsed().as_millis());
    let c = task::spawn_blocking(|| -> u8 { panic!("blocking boom") });
    let e = c.await.unwrap_err();
    println!("blocking panic: is_panic {} {e}", e.is_panic());
    let hs: Vec<_> = (0..4u64)
        .map(|i| task::spawn_blocking(move || i * i))
        .collect();
    let mut out = Vec::new();
    for h in hs {
        out.push(h.await.unwrap());
    }
    println!("squares {out:?}");
    let v = vec![3, 1, 2];
    let sorted = task::spawn_blocking(move || {
        let mut v = v;
        v.sort();
        v
    })
    .await
    .unwrap();
    println!("{sorted:?} at {} ms", start.elapsed().as_millis());
    let h = tokio::spawn(async {
        let inner = task::spawn_blocking(|| 40).await.unwrap();
        inner + 2
    });
    println!("nested {} at {} ms", h.await.unwrap(), start.elapsed().as_millis());
}
