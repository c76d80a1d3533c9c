use std::time::Duration;

async fn fetch(id: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    id * 2
}

#[tokio::main]
async fn main() {
    // Futures built first and awaited together are not missing an await.
    let a = fetch(1);
    let b = fetch(2);
    let (x, y) = tokio::join!(a, b);
    let mut pending = Vec::new();
    for id in 3..5 {
        pending.push(tokio::spawn(fetch(id)));
    }
    for h in pending {
        println!("{}", h.await.unwrap());
    }
    println!("{x} {y}");
}
