use std::sync::Arc;

#[tokio::main]
async fn main() {
    let counter = Arc::new(0);
    let c = counter.clone();
    tokio::spawn(async move {
        *c += 1;
    })
    .await
    .unwrap();
    println!("{}", counter);
}
