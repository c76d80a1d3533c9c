#[tokio::main]
async fn main() {
    let data = vec![1, 2, 3];
    let view = &data;
    let handle = tokio::spawn(async move {
        println!("{}", view.len());
    });
    handle.await.unwrap();
}
