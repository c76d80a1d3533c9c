use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let parent = tokio::spawn(async move {
        println!("parent starts");
        let child = tokio::spawn(async move {
            println!("child starts");
            sleep(Duration::from_millis(100)).await;
            println!("child done at {} ms", start.elapsed().as_millis());
            "child result"
        });
        let detached = tokio::spawn(async move {
            sleep(Duration::from_millis(300)).await;
            println!("detached grandchild done at {} ms", start.elapsed().as_millis());
        });
        drop(detached);
        println!("parent waits for child");
        let r = child.await.unwrap();
        format!("parent got {r:?}")
    });
    println!("{}", parent.await.unwrap());
    sleep(Duration::from_millis(500)).await;
    println!("main ends at {} ms", start.elapsed().as_millis());
}
