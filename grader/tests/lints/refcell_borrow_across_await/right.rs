use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

async fn append(log: Rc<RefCell<Vec<String>>>, line: &str) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    log.borrow_mut().push(line.to_string());
}

#[tokio::main]
async fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    tokio::join!(append(log.clone(), "a"), append(log.clone(), "b"));
    let n = log.borrow().len();
    tokio::time::sleep(Duration::from_millis(1)).await;
    println!("{n}");
}
