#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for n in 0..3u32 {
        handles.push(tokio::spawn(async move {
            if n == 1 {
                panic!("task {n} failed");
            }
            n
        }));
    }
    for h in handles {
        match h.await {
            Ok(v) => println!("ok {v}"),
            Err(e) => println!("failed: panic = {}", e.is_panic()),
        }
    }
}
