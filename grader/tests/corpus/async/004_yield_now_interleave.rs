use tokio::task::yield_now;

async fn worker(name: &'static str, steps: u32) {
    for s in 1..=steps {
        println!("{name} step {s}");
        yield_now().await;
    }
    println!("{name} done");
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(worker("A", 3));
    let b = tokio::spawn(worker("B", 2));
    a.await.unwrap();
    b.await.unwrap();
    println!("main done");
}
