#[tokio::main]
async fn main() {
    let count = 5u32;
    let handle = tokio::spawn(async {
        println!("{}", count);
    });
    handle.await.unwrap();
}
