use tokio::sync::watch;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = watch::channel(vec![1, 2]);
    let changed = tx.send_if_modified(|v| {
        if v.contains(&2) {
            false
        } else {
            v.push(2);
            true
        }
    });
    println!("modified: {changed}, receiver sees change: {}", rx.has_changed().unwrap());
    let changed = tx.send_if_modified(|v| {
        v.push(3);
        true
    });
    println!("modified: {changed}, receiver sees change: {}", rx.has_changed().unwrap());
    println!("{:?}", *rx.borrow_and_update());
    drop(rx);
    println!("send with no receivers: {:?}", tx.send(vec![]).is_err());
    println!("value still stored: {:?}", *tx.borrow());
    println!("receiver_count {}", tx.receiver_count());
}
