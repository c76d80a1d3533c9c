// A body still to be written is no `async` to remove.
#[allow(dead_code)]
async fn fetch_report(id: u32) -> String {
    todo!("fetch report {id}")
}

async fn ready() -> bool {
    tokio::task::yield_now().await;
    true
}

#[tokio::main]
async fn main() {
    println!("{}", ready().await);
}
