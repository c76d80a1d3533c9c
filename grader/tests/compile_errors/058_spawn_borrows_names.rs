#[tokio::main]
async fn main() {
    let names = vec!["ada".to_string(), "bob".to_string()];
    let handle = tokio::spawn(async {
        println!("{}", names.len());
    });
    handle.await.unwrap();
}
