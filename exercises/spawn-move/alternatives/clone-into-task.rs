#[tokio::main]
async fn main() {
    let queue: Vec<String> = ["resize", "compress", "upload"].iter().map(|s| s.to_string()).collect();
    let worker = tokio::spawn({
        let queue = queue.clone();
        async move {
            for job in &queue {
                println!("processing {job}");
            }
            queue.len()
        }
    });
    let done = worker.await.unwrap();
    println!("{done} jobs processed");
}
