async fn fetch_all() -> Vec<u32> {
    vec![1, 2, 3]
}

#[tokio::main]
async fn main() {
    let all = fetch_all();
    println!("{:?}", all);
}
