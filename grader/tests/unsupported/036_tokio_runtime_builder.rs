fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread() //~ unsupported: runtime|Builder
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        println!("inside the runtime");
    });
}
