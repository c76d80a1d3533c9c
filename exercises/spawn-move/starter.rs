#[tokio::main]
async fn main() {
    let queue = vec!["resize", "compress", "upload"];
    // TODO: the task borrows `queue`; make it own the data instead.
    let worker = tokio::spawn(async {
        for job in &queue {
            println!("processing {job}");
        }
        queue.len()
    });
    let done = worker.await.unwrap();
    println!("{done} jobs processed");
}
