#[tokio::main]
async fn main() {
    let a = tokio::spawn(async {
        println!("a runs");
        tokio::task::yield_now().await;
        println!("a resumes");
        "a"
    });
    let b = tokio::spawn(async {
        println!("b runs");
        "b"
    });
    let c = tokio::spawn(async {
        println!("c runs");
        tokio::task::yield_now().await;
        tokio::task::yield_now().await;
        println!("c resumes twice");
        "c"
    });
    println!("main awaits a");
    println!("main got {}", a.await.unwrap());
    println!("main got {}", b.await.unwrap());
    println!("main got {}", c.await.unwrap());
}
