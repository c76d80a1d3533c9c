// A `move` block captures only the names it uses from outside: a name bound
// inside it (a match arm, a closure parameter, a `for` pattern, an `if let`,
// a later `let`) is not the outer local, which stays with `main`.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let (other_tx, mut other_rx) = mpsc::channel::<u32>(8);
    let slot = Some(other_tx.clone());
    let list = vec![other_tx.clone()];
    let h = tokio::spawn(async move {
        match slot {
            Some(tx) => tx.send(7).await.unwrap(),
            None => {}
        }
        for tx in &list {
            tx.send(8).await.unwrap();
        }
        if let Some(tx) = list.first() {
            tx.send(9).await.unwrap();
        }
        let f = |tx: u32| tx + 1;
        println!("closure parameter: {}", f(1));
        let tx = 10u32;
        println!("local after let: {}", tx);
    });
    drop(other_tx);
    h.await.unwrap();
    while let Some(v) = other_rx.recv().await {
        println!("other: {}", v);
    }
    let copy = tx.clone();
    let g = tokio::spawn(async move {
        let tx = tx.clone();
        tx.send(1).await.unwrap();
    });
    g.await.unwrap();
    copy.send(2).await.unwrap();
    drop(copy);
    while let Some(v) = rx.recv().await {
        println!("main: {}", v);
    }
    println!("closed");
}
