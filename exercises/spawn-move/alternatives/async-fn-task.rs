async fn process(queue: Vec<&'static str>) -> usize {
    for job in &queue {
        println!("processing {job}");
    }
    queue.len()
}

#[tokio::main]
async fn main() {
    let queue = vec!["resize", "compress", "upload"];
    let worker = tokio::spawn(process(queue));
    let done = worker.await.unwrap();
    println!("{done} jobs processed");
}
