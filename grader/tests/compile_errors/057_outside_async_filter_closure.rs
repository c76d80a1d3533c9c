async fn is_valid(n: &u32) -> bool {
    *n % 2 == 0
}

#[tokio::main]
async fn main() {
    let v = vec![1u32, 2, 3, 4];
    let evens: Vec<&u32> = v.iter().filter(|n| is_valid(n).await).collect();
    println!("{:?}", evens);
}
