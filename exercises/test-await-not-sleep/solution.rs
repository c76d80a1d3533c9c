use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::sleep;

async fn import(rows: Vec<&'static str>, table: Arc<Mutex<Vec<String>>>) {
    for row in rows {
        sleep(Duration::from_millis(40)).await; // parse and validate
        table.lock().unwrap().push(row.to_uppercase());
    }
}

#[tokio::main]
async fn main() {
    let table = Arc::new(Mutex::new(Vec::new()));
    import(vec!["ada"], Arc::clone(&table)).await;
    println!("imported {:?}", table.lock().unwrap());
}

#[tokio::test(start_paused = true)]
async fn import_fills_the_table() {
    let start = tokio::time::Instant::now();
    let table = Arc::new(Mutex::new(Vec::new()));
    let import_task = tokio::spawn(import(vec!["ada", "grace", "alan"], Arc::clone(&table)));
    import_task.await.unwrap();

    assert_eq!(*table.lock().unwrap(), ["ADA", "GRACE", "ALAN"], "all rows imported");
    assert_eq!(start.elapsed(), Duration::from_millis(120), "and no longer than the import takes");
}
