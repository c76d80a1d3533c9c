use std::sync::Arc;
use tokio::sync::{Semaphore, TryAcquireError};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sem = Arc::new(Semaphore::new(3));
    let two = sem.clone().acquire_many_owned(2).await.unwrap();
    println!("held {} available {}", two.num_permits(), sem.available_permits());
    let s = sem.clone();
    let big = tokio::spawn(async move {
        let p = s.acquire_many(3).await.unwrap();
        println!("big got 3 at {} ms", start.elapsed().as_millis());
        sleep(Duration::from_millis(10)).await;
        drop(p);
        println!("big released at {} ms", start.elapsed().as_millis());
    });
    let s = sem.clone();
    let small = tokio::spawn(async move {
        let _p = s.acquire().await.unwrap();
        println!("small got 1 at {} ms", start.elapsed().as_millis());
    });
    tokio::task::yield_now().await;
    println!("while big waits: available {} try_acquire {:?}", sem.available_permits(), sem.try_acquire().map(|_| ()));
    sleep(Duration::from_millis(5)).await;
    drop(two);
    big.await.unwrap();
    small.await.unwrap();
    println!("available {}", sem.available_permits());
    let p = sem.clone().acquire_owned().await.unwrap();
    let h = tokio::spawn(async move {
        sleep(Duration::from_millis(3)).await;
        drop(p);
        println!("owned permit dropped in task");
    });
    h.await.unwrap();
    let p = sem.try_acquire().unwrap();
    p.forget();
    println!("after forget {}", sem.available_permits());
    sem.add_permits(4);
    println!("after add_permits {}", sem.available_permits());
    let m = sem.try_acquire_many(2).unwrap();
    let extra = sem.try_acquire().unwrap();
    println!("holding {} + {}, available {}", m.num_permits(), extra.num_permits(), sem.available_permits());
    drop(m);
    drop(extra);
    let s = sem.clone();
    let waiter = tokio::spawn(async move {
        let r = s.acquire_many(100).await;
        println!("waiter: {:?}", r.map(|_| ()).map_err(|e| e.to_string()));
    });
    tokio::task::yield_now().await;
    sem.close();
    waiter.await.unwrap();
    println!("closed {} try: {:?}", sem.is_closed(), sem.try_acquire().err());
    match sem.try_acquire() {
        Err(TryAcquireError::Closed) => println!("Closed: {}", TryAcquireError::Closed),
        Err(TryAcquireError::NoPermits) => println!("no permits"),
        Ok(_) => println!("ok"),
    }
    let e = sem.acquire().await.unwrap_err();
    println!("acquire after close: {e} / {e:?}");
    let empty = Semaphore::new(0);
    println!("{:?}", empty.try_acquire().err());
    println!("{}", empty.try_acquire().unwrap_err());
}
