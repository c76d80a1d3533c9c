#[tokio::main]
async fn main() {
    let s = String::from("x");
    let h = tokio::spawn(move async {
        println!("{s}");
    });
    h.await.unwrap();
}
