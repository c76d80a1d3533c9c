async fn double(n: u32) -> u32 {
    n * 2
}

#[tokio::main]
async fn main() {
    let nums = vec![1, 2, 3];
    let doubled: Vec<u32> = nums.iter().map(|n| double(*n).await).collect();
    println!("{:?}", doubled);
}
