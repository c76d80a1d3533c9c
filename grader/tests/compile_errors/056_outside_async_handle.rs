fn wait_for(handle: tokio::task::JoinHandle<u32>) -> u32 {
    handle.await.unwrap()
}

#[tokio::main]
async fn main() {
    let h = tokio::spawn(async { 9 });
    println!("{}", wait_for(h));
}
