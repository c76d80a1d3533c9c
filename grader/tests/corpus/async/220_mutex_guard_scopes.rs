use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration, Instant};

async fn worker(id: u32, m: Arc<Mutex<Vec<u32>>>, start: Instant) {
    for round in 0..3 {
        let mut g = m.lock().await;
        if round == 1 {
            // the guard is dropped at `continue` too
            continue;
        }
        g.push(id * 10 + round);
        drop(g);
        sleep(Duration::from_millis(10)).await;
    }
    println!("worker {id} done at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let m = Arc::new(Mutex::new(Vec::new()));
    tokio::join!(worker(1, m.clone(), start), worker(2, m.clone(), start));
    println!("{:?}", m.lock().await);

    let queue = Mutex::new(vec![1, 2, 3]);
    // the temporary guard of a `while let` condition lives for one iteration
    while let Some(x) = queue.lock().await.pop() {
        println!("popped {x}, try_lock now: {}", queue.try_lock().is_ok());
    }

    let counter = Mutex::new(0u32);
    {
        let g = counter.lock().await;
        println!("locked: {:?}", counter);
        match counter.try_lock() {
            Ok(_) => println!("unexpected"),
            Err(e) => println!("try_lock: {e} / {e:?}"),
        }
        println!("guard shows {} and {:?}", g, *g);
    }
    println!("after the block: {:?}", counter);
    *counter.lock().await += 5;
    if let Ok(mut g) = counter.try_lock() {
        *g *= 2;
        println!("inside if let: {}", counter.try_lock().is_err());
    }
    let mut counter = counter;
    *counter.get_mut() += 1;
    println!("into_inner = {}", counter.into_inner());
}
