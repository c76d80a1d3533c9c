use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(Vec::<String>::new()));
    let g = m.lock().await;
    let mut hs = Vec::new();
    for i in 0..4 {
        let m = m.clone();
        hs.push(tokio::spawn(async move {
            sleep(Duration::from_millis(4 - i)).await;
            let mut v = m.lock().await;
            v.push(format!("t{i}@{}", start.elapsed().as_millis()));
            sleep(Duration::from_millis(2)).await;
        }));
    }
    sleep(Duration::from_millis(10)).await;
    println!("try_lock while held: {:?}", m.try_lock().map(|_| ()).map_err(|e| e.to_string()));
    drop(g);
    println!("try_lock right after unlock with waiters: {}", m.try_lock().is_ok());
    for h in hs {
        h.await.unwrap();
    }
    println!("{:?}", m.lock().await);
    let owned = m.clone().lock_owned().await;
    let m2 = m.clone();
    let waiter = tokio::spawn(async move {
        let v = m2.lock().await;
        println!("waiter saw {} items at {} ms", v.len(), start.elapsed().as_millis());
    });
    let holder = tokio::spawn(async move {
        let mut owned = owned;
        sleep(Duration::from_millis(7)).await;
        owned.clear();
        println!("holder cleared at {} ms", start.elapsed().as_millis());
    });
    holder.await.unwrap();
    waiter.await.unwrap();
    let mut plain = Mutex::new(5);
    *plain.get_mut() += 1;
    let seen = *plain.lock().await;
    println!("get_mut {} into_inner {}", seen, plain.into_inner());
    let m3 = Mutex::new((1, 2));
    {
        let mut g = m3.lock().await;
        g.0 += 10;
        println!("first {}", g.0);
    }
    println!("{:?}", m3);
    let held = m3.lock().await;
    println!("{:?}", m3);
    drop(held);
}
