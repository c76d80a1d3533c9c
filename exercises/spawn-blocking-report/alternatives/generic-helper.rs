use tokio::task::JoinError;

fn render_report(rows: Vec<u32>) -> usize {
    let size = rows.iter().fold(0, |acc, r| acc + format!("row {r}\n").len());
    println!("rendered {} rows", rows.len());
    size
}

async fn off_the_runtime<T, F>(work: F) -> Result<T, JoinError>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work).await
}

#[tokio::main]
async fn main() -> Result<(), JoinError> {
    let rows: Vec<u32> = (1..=40).collect();
    let size = off_the_runtime(move || render_report(rows)).await?;
    println!("{}: {size} bytes", "report task finished");
    Ok(())
}
