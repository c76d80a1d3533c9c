use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let set = JoinSet::new();
    set.spawn(async { 1 });
    println!("{}", set.len());
}
