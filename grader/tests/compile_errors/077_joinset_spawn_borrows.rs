use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let base = 10;
    let mut set = JoinSet::new();
    for i in 0..3 {
        set.spawn(async move { base + i });
    }
    let prefix = String::from("result");
    set.spawn(async { prefix.len() as i32 });
    while let Some(r) = set.join_next().await {
        println!("{}", r.unwrap());
    }
}
