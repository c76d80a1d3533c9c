// fails: no needless_async
// Runs, but the heavy synchronous work now occupies a runtime worker instead of the blocking pool.
async fn render_report(rows: Vec<u32>) -> usize {
    let text: String = rows.iter().map(|r| format!("row {r}\n")).collect();
    println!("rendered {} rows", rows.len());
    text.len()
}

#[tokio::main]
async fn main() {
    let rows: Vec<u32> = (1..=40).collect();
    let handle = tokio::spawn(render_report(rows));
    let size = handle.await.unwrap();
    println!("report task finished: {size} bytes");
}
