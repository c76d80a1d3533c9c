use std::time::Duration;

async fn work(id: u64) {
    tokio::time::sleep(Duration::from_millis(id)).await;
    println!("worker {id} done");
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for id in 0..3 {
        handles.push(tokio::spawn(async { //~ spawn_borrows_local
            work(id).await;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
