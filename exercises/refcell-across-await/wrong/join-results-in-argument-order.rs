// fails: stdout
// checks only: no borrow is held across an await, but `join!` returns results in argument order, not in the order the checks finish
use std::cell::RefCell;
use std::time::Duration;

async fn check_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

async fn priced(item: &str) -> (String, u32) {
    let price = check_price(item).await;
    (item.to_string(), price)
}

#[tokio::main]
async fn main() {
    let cart = RefCell::new(Vec::new());
    let (first, second) = tokio::join!(priced("teapot"), priced("tea"));
    cart.borrow_mut().push(first);
    cart.borrow_mut().push(second);
    println!("{:?}", cart.borrow());
}
