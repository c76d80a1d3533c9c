use std::sync::Arc;

#[tokio::main]
async fn main() {
    let queue = Arc::new(vec!["resize", "compress", "upload"]);
    let task_queue = Arc::clone(&queue);
    let worker = tokio::spawn(async move {
        let mut processed = 0;
        for job in task_queue.iter() {
            println!("processing {job}");
            processed += 1;
        }
        processed
    });
    let done: usize = worker.await.unwrap();
    assert_eq!(done, queue.len());
    println!("{done} jobs processed");
}
