#[tokio::main]
async fn main() {
    let tx = tokio::sync::mpsc::channel::<u32>(4).0;
    let handle = tokio::spawn(async move {
        println!("{:?}", tx.capacity());
    });
    println!("{:?}", tx.capacity());
    handle.await.unwrap();
}
