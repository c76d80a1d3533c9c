// fails: outcome, stdout, no warnings
// checks only: rustc's E0382 (borrow of moved value) has no catalog code; moving `queue` into the task and still using it in `main` is the mistake
#[tokio::main]
async fn main() {
    let queue = vec!["resize", "compress", "upload"];
    let worker = tokio::spawn(async move {
        for job in &queue {
            println!("processing {job}");
        }
    });
    worker.await.unwrap();
    println!("{} jobs processed", queue.len());
}
