#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for n in 0..3u32 {
        handles.push(tokio::spawn(async move {
            if n == 1 {
                panic!("task {n} failed");
            }
            println!("task {n} ok");
        }));
    }
    for h in handles {
        let _ = h.await; //~ lost_task_panic
    }
    println!("all done");
}
