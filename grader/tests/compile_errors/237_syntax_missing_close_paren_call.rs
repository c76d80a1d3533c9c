#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        println!("hi");
    };
    h.await.unwrap();
}
