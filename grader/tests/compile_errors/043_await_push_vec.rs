async fn fetch(n: u32) -> u32 {
    n * 2
}

#[tokio::main]
async fn main() {
    let mut results: Vec<u32> = Vec::new();
    for n in 0..3 {
        results.push(fetch(n));
    }
    println!("{:?}", results);
}
