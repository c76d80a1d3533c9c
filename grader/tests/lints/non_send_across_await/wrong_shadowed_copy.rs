use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let names = Rc::new(vec!["Ada", "Grace"]);
    let names = Rc::clone(&names);
    let task = tokio::spawn(async move { //~ non_send_across_await
        let names: Vec<&str> = names.to_vec();
        tokio::time::sleep(Duration::from_millis(10)).await;
        names.join(" and ")
    });
    println!("{}", task.await.unwrap());
}
