use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { //~ non_send_across_await
        let shared = Rc::new(5);
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{}", shared);
    });
    handle.await.unwrap();
}
