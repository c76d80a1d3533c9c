use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let permits = tx.reserve_many(3).await.unwrap();
    println!("capacity with 3 reserved: {}", tx.capacity());
    for (i, p) in permits.enumerate() {
        p.send(i as u32 * 10);
    }
    println!("len {} capacity {}", rx.len(), tx.capacity());
    match tx.try_reserve_many(2) {
        Ok(_) => println!("reserved 2"),
        Err(e) => println!("try_reserve_many(2): {e}"),
    }
    let mut ps = tx.try_reserve_many(1).unwrap();
    ps.next().unwrap().send(99);
    println!("left in iterator: {}", ps.len());

    // A reserve_many that must wait for the reader.
    let reader = tokio::spawn(async move {
        let mut got = Vec::new();
        for _ in 0..6 {
            sleep(Duration::from_millis(10)).await;
            got.push(rx.recv().await.unwrap());
        }
        println!("reader got {got:?} at {} ms", start.elapsed().as_millis());
    });
    let ps = tx.reserve_many(2).await.unwrap();
    println!("got 2 permits at {} ms", start.elapsed().as_millis());
    for p in ps {
        p.send(7);
    }
    reader.await.unwrap();
    println!("reserve_many(0): {}", tx.reserve_many(0).await.unwrap().len());
}
