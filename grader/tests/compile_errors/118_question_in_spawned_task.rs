#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        let n: i32 = "5".parse()?;
        println!("{n}");
    });
    h.await.unwrap();
}
