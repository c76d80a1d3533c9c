use std::time::Duration;

fn crunch(n: u64) -> u64 {
    std::thread::sleep(Duration::from_millis(5));
    (1..=n).sum()
}

#[tokio::main]
async fn main() {
    let handle = tokio::runtime::Handle::current();
    let a = handle.spawn_blocking(|| crunch(10));
    let b = tokio::task::spawn_blocking(|| crunch(4));
    println!("{} {}", a.await.unwrap(), b.await.unwrap());
    let h2 = handle.clone();
    let c = tokio::spawn(async move { h2.spawn_blocking(|| crunch(3)).await.unwrap() * 2 });
    println!("{}", c.await.unwrap());
}
