use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let data = Rc::new(5);
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{}", data);
    });
    handle.await.unwrap();
}
