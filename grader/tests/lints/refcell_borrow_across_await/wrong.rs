use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

async fn append(log: Rc<RefCell<Vec<String>>>, line: &str) {
    let mut entries = log.borrow_mut(); //~ refcell_borrow_across_await
    tokio::time::sleep(Duration::from_millis(10)).await;
    entries.push(line.to_string());
}

#[tokio::main]
async fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    tokio::join!(append(log.clone(), "a"), append(log.clone(), "b"));
    println!("{:?}", log.borrow());
}
