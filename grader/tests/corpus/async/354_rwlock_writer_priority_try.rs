use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let lock = Arc::new(RwLock::new(0u32));
    let r1 = lock.read().await;
    let l = lock.clone();
    let writer = tokio::spawn(async move {
        let mut w = l.write().await;
        *w += 1;
        println!("writer in at {} ms", start.elapsed().as_millis());
        sleep(Duration::from_millis(10)).await;
        println!("writer out at {} ms", start.elapsed().as_millis());
    });
    tokio::task::yield_now().await;
    println!("try_read while writer waits: {}", lock.try_read().is_ok());
    println!("try_write: {:?}", lock.try_write().map(|_| ()).map_err(|e| e.to_string()));
    let l = lock.clone();
    let reader = tokio::spawn(async move {
        let g = l.read().await;
        println!("late reader sees {} at {} ms", *g, start.elapsed().as_millis());
    });
    tokio::task::yield_now().await;
    sleep(Duration::from_millis(5)).await;
    println!("main still reads {} at {} ms", *r1, start.elapsed().as_millis());
    drop(r1);
    writer.await.unwrap();
    reader.await.unwrap();
    {
        let r = lock.read().await;
        println!("reads {}; try_read {}", *r, lock.try_read().is_ok());
        println!("try_write while reading: {}", lock.try_write().is_err());
    }
    let small = Arc::new(RwLock::with_max_readers(5, 2));
    let a = small.read().await;
    let b = small.read().await;
    println!("third reader: {}", small.try_read().is_ok());
    drop(a);
    println!("after one drop: {}", small.try_read().is_ok());
    drop(b);
    let mut owned = lock.clone().write_owned().await;
    *owned = 42;
    drop(owned);
    let ro = lock.clone().read_owned().await;
    println!("owned read {} at {} ms", *ro, start.elapsed().as_millis());
    println!("{:?}", lock);
}
