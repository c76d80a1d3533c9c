use std::cell::RefCell;
use std::sync::Arc;

#[tokio::main]
async fn main() {
    let state = Arc::new(RefCell::new(0));
    let s = state.clone();
    tokio::spawn(async move {
        *s.borrow_mut() += 1;
    })
    .await
    .unwrap();
    println!("{}", state.borrow());
}
