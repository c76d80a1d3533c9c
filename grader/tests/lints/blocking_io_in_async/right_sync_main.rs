fn main() {
    // Reading a file before the runtime starts blocks nothing else.
    let text = std::fs::read_to_string("Cargo.toml").unwrap_or_default();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async move {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        println!("{}", text.len());
    });
}
