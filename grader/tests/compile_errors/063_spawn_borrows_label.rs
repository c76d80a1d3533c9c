#[tokio::main]
async fn main() {
    let label = format!("job-{}", 3);
    let handle = tokio::spawn(async {
        println!("{}", label);
    });
    handle.await.unwrap();
}
