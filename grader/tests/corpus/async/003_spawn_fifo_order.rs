use tokio::task;

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for i in 1..=3 {
        handles.push(tokio::spawn(async move {
            println!("task {i} runs");
            i * 10
        }));
    }
    println!("main spawned 3 tasks and has not yielded yet");
    task::yield_now().await;
    println!("main is back after one yield");
    for h in handles {
        let v = h.await.unwrap();
        println!("joined {v}");
    }
}
