use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut log = Vec::new();
    let a = &mut log;
    let fut = async {
        log.push(1);
    };
    tokio::time::sleep(Duration::from_millis(1)).await;
    a.push(2);
    fut.await;
    println!("{:?}", log);
}
