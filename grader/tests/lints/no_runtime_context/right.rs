fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let handle = tokio::spawn(async {
            println!("in a task");
        });
        handle.await.unwrap();
    });
    println!("main done");
}
