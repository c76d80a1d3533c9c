// A sync fn and a variable that look like the async case but are not futures.
fn greet(name: &str) {
    println!("hello, {name}");
}

async fn total(values: &[u32]) -> u32 {
    tokio::task::yield_now().await;
    values.iter().sum()
}

#[tokio::main]
async fn main() {
    greet("ada");
    let fut = total(&[1, 2, 3]);
    let sum = fut.await;
    println!("{sum}");
}
