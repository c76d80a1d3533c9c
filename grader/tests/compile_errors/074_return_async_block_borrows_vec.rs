use std::future::Future;

fn total(items: Vec<u32>) -> impl Future<Output = u32> {
    async { items.iter().sum() }
}

#[tokio::main]
async fn main() {
    println!("{}", total(vec![1, 2, 3]).await);
}
