#[tokio::main]
async fn main() {
    let list = vec![1, 2, 3];
    let handle = tokio::spawn(async move {
        println!("{:?}", list.len());
    });
    println!("{:?}", list);
    handle.await.unwrap();
}
