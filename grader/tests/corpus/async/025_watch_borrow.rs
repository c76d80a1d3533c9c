use tokio::sync::watch;

#[derive(Debug, Clone)]
struct Config {
    level: u8,
    name: String,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = watch::channel(Config { level: 1, name: "default".into() });
    println!("initial {:?}", *rx.borrow());
    println!("has_changed {}", rx.has_changed().unwrap());
    tx.send_modify(|c| c.level += 1);
    println!("has_changed {}", rx.has_changed().unwrap());
    println!("borrow {:?}", rx.borrow().level);
    println!("still changed {}", rx.has_changed().unwrap());
    let name = rx.borrow_and_update().name.clone();
    println!("name {name}, changed now {}", rx.has_changed().unwrap());
    tx.send_replace(Config { level: 9, name: "prod".into() });
    rx.changed().await.unwrap();
    println!("{:?}", *rx.borrow());
    let rx2 = tx.subscribe();
    println!("new subscriber sees {:?}", rx2.borrow().name);
    drop(tx);
    println!("changed after drop: {:?}", rx.changed().await.is_err());
}
