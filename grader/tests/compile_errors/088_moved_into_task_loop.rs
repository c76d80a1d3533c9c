#[tokio::main]
async fn main() {
    let data = vec![1, 2, 3];
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            println!("{} {}", i, data.len());
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
