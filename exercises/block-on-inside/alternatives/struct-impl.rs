use std::time::Duration;

async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(30)).await;
    item.len() as u32 * 100
}

struct Basket<'a> {
    items: &'a [&'a str],
}

impl Basket<'_> {
    async fn total_price(&self) -> u32 {
        let mut total = 0;
        let mut items = self.items.iter();
        while let Some(item) = items.next() {
            let price = fetch_price(item).await;
            total += price;
        }
        total
    }
}

#[tokio::main]
async fn main() {
    let basket = Basket { items: &["tea", "scone", "jam"] };
    let total = basket.total_price().await;
    println!("total {total:}");
}
