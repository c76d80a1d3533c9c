fn main() {
    let _handle = tokio::spawn(async { //~ no_runtime_context
        println!("in a task");
    });
    println!("main done");
}
