#[tokio::main]
async fn main() {
    let outer = tokio::spawn(async {
        println!("outer starts");
        let inner = tokio::spawn(async {
            println!("inner runs");
        });
        println!("outer spawned inner");
        tokio::task::yield_now().await;
        println!("outer after yield");
        inner.await.unwrap();
        println!("outer joined inner");
    });
    let sibling = tokio::spawn(async {
        println!("sibling runs");
    });
    outer.await.unwrap();
    sibling.await.unwrap();
    println!("main done");
}
