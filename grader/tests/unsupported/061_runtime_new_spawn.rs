fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let h = tokio::spawn(async { println!("on a worker thread") }); //~ unsupported: multi-thread
        println!("main");
        h.await.unwrap();
    });
}
