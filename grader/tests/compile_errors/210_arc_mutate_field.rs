use std::sync::Arc;

struct Stats {
    hits: u32,
}

#[tokio::main]
async fn main() {
    let stats = Arc::new(Stats { hits: 0 });
    let s = stats.clone();
    tokio::spawn(async move {
        s.hits += 1;
    })
    .await
    .unwrap();
    println!("{}", stats.hits);
}
