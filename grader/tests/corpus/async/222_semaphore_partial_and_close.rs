use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let sem = Arc::new(Semaphore::new(2));
    println!("{:?}", sem);
    let big = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let p = sem.acquire_many(3).await.unwrap();
            println!("big got {} permits at {} ms", p.num_permits(), start.elapsed().as_millis());
            sleep(Duration::from_millis(10)).await;
        })
    };
    tokio::task::yield_now().await;
    // the waiting big acquire took the 2 free permits and waits for 1 more
    println!("available while big waits: {}", sem.available_permits());
    match sem.try_acquire() {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("try_acquire: {e} / {e:?}"),
    }
    let small = {
        let sem = sem.clone();
        tokio::spawn(async move {
            let _p = sem.acquire().await.unwrap();
            println!("small got a permit at {} ms", start.elapsed().as_millis());
        })
    };
    sleep(Duration::from_millis(5)).await;
    sem.add_permits(2);
    big.await.unwrap();
    small.await.unwrap();
    println!("available after both: {}", sem.available_permits());

    let p = sem.try_acquire_many(2).unwrap();
    println!("{:?}", p);
    p.forget();
    println!("after forget: {}", sem.available_permits());

    let waiter = {
        let sem = sem.clone();
        tokio::spawn(async move {
            match sem.acquire_many(5).await {
                Ok(_) => println!("unexpected"),
                Err(e) => println!("waiter: {e} / {e:?} at {} ms", start.elapsed().as_millis()),
            }
        })
    };
    sleep(Duration::from_millis(20)).await;
    sem.close();
    waiter.await.unwrap();
    println!("closed: {}, try_acquire: {:?}", sem.is_closed(), sem.try_acquire().err());
    let owned = Arc::new(Semaphore::new(1)).acquire_owned().await.unwrap();
    println!("owned permits: {}", owned.num_permits());
}
