use std::sync::mpsc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    tokio::spawn(async move {
        tx2.send("from task").unwrap();
    })
    .await
    .unwrap();
    tx.send("from main").unwrap();
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv());
    match rx.try_recv() {
        Err(e) => println!("empty: {e} / {e:?}"),
        Ok(v) => println!("got {v}"),
    }
    match rx.recv_timeout(Duration::from_millis(20)) {
        Err(e) => println!("timeout: {e} / {e:?}"),
        Ok(v) => println!("got {v}"),
    }
    drop(tx);
    match rx.recv() {
        Err(e) => println!("closed: {e} / {e:?}"),
        Ok(v) => println!("got {v}"),
    }
    match rx.try_recv() {
        Err(e) => println!("closed: {e} / {e:?}"),
        Ok(v) => println!("got {v}"),
    }

    let (stx, srx) = mpsc::sync_channel(1);
    stx.try_send(1).unwrap();
    match stx.try_send(2) {
        Err(e) => println!("full: {e} / {e:?}"),
        Ok(()) => println!("sent"),
    }
    let drained: Vec<i32> = srx.try_iter().collect();
    println!("drained {drained:?}");
    drop(srx);
    match stx.send(3) {
        Err(e) => println!("no receiver: {e} / {e:?}"),
        Ok(()) => println!("sent"),
    }
}
