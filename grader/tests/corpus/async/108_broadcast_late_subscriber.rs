use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, mut early) = broadcast::channel::<&str>(4);
    tx.send("one").unwrap();
    tx.send("two").unwrap();
    let mut late = tx.subscribe();
    tx.send("three").unwrap();
    let mut early_got = Vec::new();
    while let Ok(m) = early.try_recv() {
        early_got.push(m);
    }
    let mut late_got = Vec::new();
    while let Ok(m) = late.try_recv() {
        late_got.push(m);
    }
    println!("early {early_got:?}");
    println!("late {late_got:?}");
    let mut resub = late.resubscribe();
    tx.send("four").unwrap();
    println!("{:?} {:?}", resub.recv().await, late.recv().await);
    println!("{}", tx.len());
}
