#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async {
            println!("task {i}");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
