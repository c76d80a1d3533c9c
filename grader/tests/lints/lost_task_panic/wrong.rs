#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let values: Vec<u32> = Vec::new();
        if values.is_empty() {
            panic!("no values");
        }
        println!("{}", values[0]);
    });
    let _ = handle.await; //~ lost_task_panic
    println!("main done");
}
