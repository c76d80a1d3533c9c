use std::cell::RefCell;
use std::time::Duration;

async fn check_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(10 * item.len() as u64)).await;
    item.len() as u32 * 50
}

#[tokio::main]
async fn main() {
    let cart: RefCell<Vec<(String, u32)>> = RefCell::new(Vec::new());
    let add_item = |item: &'static str| {
        let cart = &cart;
        async move {
            let entry = (item.to_string(), check_price(item).await);
            cart.borrow_mut().push(entry);
        }
    };
    tokio::join!(add_item("teapot"), add_item("tea"));
    let items = cart.into_inner();
    println!("{items:?}");
}
