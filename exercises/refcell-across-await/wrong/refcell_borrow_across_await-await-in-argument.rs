// fails: outcome, stdout, no refcell_borrow_across_await, no warnings
use std::cell::RefCell;
use std::time::Duration;

async fn check_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

async fn add_item(cart: &RefCell<Vec<(String, u32)>>, item: &str) {
    // One statement, but `cart.borrow_mut()` is evaluated before the argument is awaited.
    cart.borrow_mut().push((item.to_string(), check_price(item).await));
}

#[tokio::main]
async fn main() {
    let cart = RefCell::new(Vec::new());
    tokio::join!(add_item(&cart, "teapot"), add_item(&cart, "tea"));
    println!("{:?}", cart.borrow());
}
