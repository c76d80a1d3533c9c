use std::cell::RefCell;
use std::time::Duration;

async fn check_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

async fn add_item(cart: &RefCell<Vec<(String, u32)>>, item: &str) {
    let price = check_price(item).await;
    {
        let mut items = cart.borrow_mut();
        items.push((item.to_string(), price));
    } // the borrow ends here, and nothing is awaited while it lasts
}

#[tokio::main]
async fn main() {
    let cart = RefCell::new(Vec::new());
    tokio::join!(add_item(&cart, "teapot"), add_item(&cart, "tea"));
    println!("{:?}", cart.borrow());
}
