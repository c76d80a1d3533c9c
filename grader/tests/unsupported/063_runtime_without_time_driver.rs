fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    rt.block_on(async {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await; //~ unsupported: enable_time
        println!("woke");
    });
}
