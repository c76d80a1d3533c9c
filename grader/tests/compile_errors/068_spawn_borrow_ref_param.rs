async fn process(items: &Vec<u32>) {
    let handle = tokio::spawn(async move {
        println!("{}", items.len());
    });
    handle.await.unwrap();
}

#[tokio::main]
async fn main() {
    let items = vec![1, 2, 3];
    process(&items).await;
}
