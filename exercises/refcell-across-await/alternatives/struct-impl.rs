use std::cell::RefCell;
use std::time::Duration;

async fn check_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

#[derive(Default)]
struct Cart {
    items: RefCell<Vec<(String, u32)>>,
}

impl Cart {
    fn push(&self, item: &str, price: u32) {
        self.items.borrow_mut().push((item.into(), price));
    }

    async fn add_item(&self, item: &str) {
        let price = check_price(item).await;
        self.push(item, price);
    }
}

#[tokio::main]
async fn main() {
    let cart = Cart::default();
    tokio::join!(cart.add_item("teapot"), cart.add_item("tea"));
    println!("{:?}", cart.items.borrow());
}
