#[tokio::main]
async fn main() {
    let h = tokio::spawn(async { 1 });
    println!("{}", h.join().unwrap());
}
