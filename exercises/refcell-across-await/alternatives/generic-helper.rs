use std::cell::RefCell;
use std::time::Duration;

async fn check_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

/// Runs `f` with the cell borrowed; the borrow cannot outlive the call, so it never spans an `.await`.
fn with_borrow<T, R>(cell: &RefCell<T>, f: impl FnOnce(&mut T) -> R) -> R {
    f(&mut cell.borrow_mut())
}

async fn add_item(cart: &RefCell<Vec<(String, u32)>>, item: &str) {
    let price = check_price(item).await;
    with_borrow(cart, |items| items.push((item.to_owned(), price)));
}

#[tokio::main]
async fn main() {
    let cart = RefCell::new(Vec::new());
    let teapot = add_item(&cart, "teapot");
    let tea = add_item(&cart, "tea");
    tokio::join!(teapot, tea);
    println!("{:?}", cart.borrow());
}
