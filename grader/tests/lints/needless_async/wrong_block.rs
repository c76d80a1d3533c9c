use std::time::Duration;

#[tokio::main]
async fn main() {
    let sleep = tokio::time::sleep(Duration::from_millis(10));
    let wrapped = async { sleep.await }; //~ needless_async
    wrapped.await;
    println!("done");
}
