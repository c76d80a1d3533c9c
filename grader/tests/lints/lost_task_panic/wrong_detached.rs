use std::time::Duration;

#[tokio::main]
async fn main() {
    tokio::spawn(async { //~ lost_task_panic
        panic!("task failed");
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("main done");
}
