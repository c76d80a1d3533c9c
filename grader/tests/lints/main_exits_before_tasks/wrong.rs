use std::time::Duration;

#[tokio::main]
async fn main() {
    for i in 0..3 {
        tokio::spawn(async move { //~ main_exits_before_tasks
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("task {i} done");
        });
    }
    println!("main done");
}
