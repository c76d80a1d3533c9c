#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let values: Vec<u32> = Vec::new();
        if values.is_empty() {
            panic!("no values");
        }
        println!("{}", values[0]);
    });
    if let Err(e) = handle.await {
        println!("task failed: panicked = {}", e.is_panic());
    }
    println!("main done");
}
