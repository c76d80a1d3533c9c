#[tokio::main]
async fn main() {
    for i in 0..3 {
        tokio::spawn(async move {
            println!("{i}");
        });
    println!("done");
}
