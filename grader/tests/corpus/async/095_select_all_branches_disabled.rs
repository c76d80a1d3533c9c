use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(4);
    for v in [5, -1, 7] {
        tx.send(v).await.unwrap();
    }
    drop(tx);
    let mut done = false;
    let mut sum = 0;
    while !done {
        tokio::select! {
            biased;
            Some(v) = rx.recv() => {
                if v < 0 {
                    println!("ignoring {v}");
                    continue;
                }
                sum += v;
                println!("added {v}");
            }
            else => {
                println!("all branches disabled");
                done = true;
            }
        }
    }
    println!("sum {sum}");
}
