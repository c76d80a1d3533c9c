async fn save(n: u32) {
    println!("saved {n}");
}

#[tokio::main]
async fn main() {
    (0..3).for_each(|n| {
        save(n).await;
    });
}
