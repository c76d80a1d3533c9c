use std::future::Future;
use std::pin::Pin;

fn job(id: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(async { id * 10 })
}

#[tokio::main]
async fn main() {
    println!("{}", job(4).await);
}
