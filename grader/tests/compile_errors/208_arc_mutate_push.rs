use std::sync::Arc;

#[tokio::main]
async fn main() {
    let list = Arc::new(Vec::new());
    let l = list.clone();
    tokio::spawn(async move {
        l.push(1);
    })
    .await
    .unwrap();
    println!("{:?}", list);
}
