use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

async fn render(photo: &'static str) -> usize {
    sleep(Duration::from_millis(100)).await;
    photo.len()
}

#[tokio::main]
async fn main() {
    array_map().await;
    let photos = ["a.jpg", "bb.png"];
    // `collect` spawns every task before the first await.
    let handles: Vec<_> = photos.iter().map(|&p| tokio::spawn(render(p))).collect();
    for h in handles {
        println!("{}", h.await.unwrap());
    }
    let mut set = JoinSet::new();
    for i in 0..3 {
        set.spawn(async move {
            sleep(Duration::from_millis(100)).await;
            i * 2
        });
    }
    while let Some(n) = set.join_next().await {
        println!("{}", n.unwrap());
    }
}

// An array's `map` is eager: both tasks are spawned before the loop.
async fn array_map() {
    let jobs = [1u64, 2].map(|n| tokio::spawn(async move { sleep(Duration::from_millis(n)).await }));
    for job in jobs {
        job.await.unwrap();
    }
}
