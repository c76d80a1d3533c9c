use std::cell::RefCell;
use std::time::Duration;
use tokio::time::sleep;

async fn writer(cell: &RefCell<Vec<u32>>) {
    cell.borrow_mut().push(1);
    sleep(Duration::from_millis(20)).await;
    cell.borrow_mut().push(2);
}

async fn reader(cell: &RefCell<Vec<u32>>) {
    sleep(Duration::from_millis(10)).await;
    println!("len {}", cell.borrow().len());
}

#[tokio::main]
async fn main() {
    let cell = RefCell::new(Vec::new());
    tokio::join!(writer(&cell), reader(&cell));
    println!("{:?}", cell.borrow());
}
