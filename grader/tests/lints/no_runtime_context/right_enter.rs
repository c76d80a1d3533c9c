fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let _guard = rt.enter();
    let handle = tokio::spawn(async {
        println!("in a task");
    });
    rt.block_on(handle).unwrap();
    println!("main done");
}
