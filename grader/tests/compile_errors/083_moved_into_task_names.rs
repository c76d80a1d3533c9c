#[tokio::main]
async fn main() {
    let names = vec!["ada".to_string()];
    let handle = tokio::spawn(async move {
        println!("{:?}", names.len());
    });
    println!("{:?}", names.len());
    handle.await.unwrap();
}
