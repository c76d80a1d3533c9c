#[tokio::main]
async fn main() {
    let handle;
    {
        let data = vec![1, 2, 3];
        let first = &data[0];
        handle = tokio::spawn(async move {
            println!("{}", first);
        });
    }
    handle.await.unwrap();
}
