use tokio::time::{sleep, Duration};

async fn step(name: &str, n: u32) {
    for i in 0..n {
        println!("{name} step {i}");
        tokio::task::yield_now().await;
    }
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(step("a", 3));
    println!("main spawned a");
    let b = tokio::spawn(step("b", 2));
    println!("main spawned b");
    tokio::task::yield_now().await;
    println!("main after first yield");
    let c = tokio::spawn(async {
        println!("c runs");
        sleep(Duration::from_millis(1)).await;
        println!("c after sleep");
    });
    tokio::task::yield_now().await;
    println!("main after second yield");
    sleep(Duration::from_millis(1)).await;
    println!("main after sleep");
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
    println!("main done");
}
