use std::time::Duration;

async fn load(n: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    n * 2
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let value = rt.block_on(load(3));
    println!("value {value}");
    let total = rt.block_on(async {
        let h = tokio::spawn(async { load(5).await + 1 });
        let mine = load(1).await;
        mine + h.await.unwrap()
    });
    println!("total {total}");
}
