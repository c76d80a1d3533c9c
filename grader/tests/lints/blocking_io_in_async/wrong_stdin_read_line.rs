use std::io;

#[tokio::main]
async fn main() {
    let ticker = tokio::spawn(async {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        println!("tick");
    });
    let mut name = String::new();
    io::stdin().read_line(&mut name).unwrap(); //~ blocking_io_in_async
    println!("hello {}", name.trim());
    ticker.await.unwrap();
}
