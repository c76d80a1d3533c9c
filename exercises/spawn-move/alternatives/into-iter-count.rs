#[tokio::main]
async fn main() {
    let queue = vec!["resize", "compress", "upload"];
    let worker = tokio::spawn(async move {
        queue
            .into_iter()
            .inspect(|job| println!("processing {}", job))
            .count()
    });
    match worker.await {
        Ok(done) => println!("{done} jobs processed"),
        Err(err) => eprintln!("worker failed: {err}"),
    }
}
