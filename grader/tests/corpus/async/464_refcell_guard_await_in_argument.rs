use std::cell::RefCell;
use std::time::Duration;

async fn price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

async fn add(cart: &RefCell<Vec<(String, u32)>>, item: &str) {
    // `cart.borrow_mut()` is evaluated before the argument is awaited: the borrow is held across it.
    cart.borrow_mut().push((item.to_string(), price(item).await));
    println!("added {item}");
}

#[tokio::main]
async fn main() {
    let cart = RefCell::new(Vec::new());
    add(&cart, "kettle").await;
    println!("{:?}", cart.borrow());
    tokio::join!(add(&cart, "teapot"), add(&cart, "tea"));
    println!("{:?}", cart.borrow());
}
