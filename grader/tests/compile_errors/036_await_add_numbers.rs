async fn price(item: &str) -> u32 {
    item.len() as u32
}

#[tokio::main]
async fn main() {
    let total = price("tea") + price("cake");
    println!("{total}");
}
