// fails: outcome, stdout, no spawn_borrows_local, no warnings
#[tokio::main]
async fn main() {
    let queue = vec!["resize", "compress", "upload"];
    // Cloning inside the block still borrows `queue` to make the clone.
    let worker = tokio::spawn(async {
        let jobs = queue.clone();
        for job in &jobs {
            println!("processing {job}");
        }
        jobs.len()
    });
    let done = worker.await.unwrap();
    println!("{done} jobs processed");
}
