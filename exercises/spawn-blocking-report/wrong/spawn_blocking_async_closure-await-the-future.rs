// fails: no spawn_blocking_async_closure, no needless_async, no warnings
// The future is awaited after all, but on the runtime's thread, not on the blocking pool.
async fn render_report(rows: Vec<u32>) -> usize {
    let text: String = rows.iter().map(|r| format!("row {r}\n")).collect();
    println!("rendered {} rows", rows.len());
    text.len()
}

#[tokio::main]
async fn main() {
    let rows: Vec<u32> = (1..=40).collect();
    let handle = tokio::task::spawn_blocking(move || render_report(rows));
    let size = handle.await.unwrap().await;
    println!("report task finished: {size} bytes");
}
