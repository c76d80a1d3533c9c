use std::sync::Arc;
use tokio::sync::{Semaphore, TryAcquireError};

#[tokio::main]
async fn main() {
    let sem = Arc::new(Semaphore::new(1));
    let p1 = sem.try_acquire().unwrap();
    match sem.try_acquire() {
        Err(TryAcquireError::NoPermits) => println!("no permits left"),
        other => println!("unexpected {:?}", other.is_ok()),
    }
    drop(p1);
    println!("available after drop: {}", sem.available_permits());
    sem.add_permits(2);
    println!("available after add: {}", sem.available_permits());
    let many = sem.acquire_many(3).await.unwrap();
    println!("holding {} permits, available {}", many.num_permits(), sem.available_permits());
    many.forget();
    println!("forgot them, available {}", sem.available_permits());
    sem.add_permits(1);
    let owned = sem.clone().acquire_owned().await.unwrap();
    println!("owned permit taken, available {}", sem.available_permits());
    drop(owned);
    sem.close();
    println!("closed: {}", sem.is_closed());
    let err = sem.acquire().await.unwrap_err();
    println!("acquire after close: {err}");
    println!("{:?}", sem.try_acquire().map(|_| ()));
}
