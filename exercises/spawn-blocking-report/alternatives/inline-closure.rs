#[tokio::main]
async fn main() {
    let rows: Vec<u32> = (1..=40).collect();
    let handle = tokio::task::spawn_blocking(move || {
        let mut text = String::new();
        for r in &rows {
            text.push_str(&format!("row {r}\n"));
        }
        println!("rendered {} rows", rows.len());
        text.len()
    });
    match handle.await {
        Ok(size) => println!("report task finished: {size} bytes"),
        Err(e) => eprintln!("report task failed: {e}"),
    }
}
