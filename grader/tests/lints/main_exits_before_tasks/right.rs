use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("task {i} done");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("main done");
}
