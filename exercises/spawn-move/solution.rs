#[tokio::main]
async fn main() {
    let queue = vec!["resize", "compress", "upload"];
    let worker = tokio::spawn(async move {
        for job in &queue {
            println!("processing {job}");
        }
        queue.len()
    });
    let done = worker.await.unwrap();
    println!("{done} jobs processed");
}
