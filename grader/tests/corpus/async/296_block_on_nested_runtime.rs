async fn load() -> u32 {
    7
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        println!("outer");
        let inner = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let v = inner.block_on(load());
        println!("inner {v}");
    });
}
