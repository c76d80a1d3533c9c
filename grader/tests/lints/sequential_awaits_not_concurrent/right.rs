use std::time::Duration;

async fn fetch_user(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    format!("user{id}")
}

async fn fetch_orders(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    id * 3
}

#[tokio::main]
async fn main() {
    let start = tokio::time::Instant::now();
    let (user, orders) = tokio::join!(fetch_user(1), fetch_orders(1));
    println!("{user} has {orders} orders ({} ms)", start.elapsed().as_millis());
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            println!("job {i} done");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
