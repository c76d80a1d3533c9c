// The set is joined in a helper that takes it as `&mut`.
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

async fn drain(set: &mut JoinSet<u64>) -> u64 {
    let mut total = 0;
    while let Some(res) = set.join_next().await {
        total += res.unwrap();
    }
    total
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for ms in [30, 10, 20] {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            ms
        });
    }
    match drain(&mut set).await {
        0 => println!("nothing"),
        total => println!("total {total}"),
    }
}
