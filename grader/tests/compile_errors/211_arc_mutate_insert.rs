use std::collections::HashMap;
use std::sync::Arc;

#[tokio::main]
async fn main() {
    let cache: Arc<HashMap<String, u32>> = Arc::new(HashMap::new());
    let c = Arc::clone(&cache);
    tokio::spawn(async move {
        c.insert("a".to_string(), 1);
    })
    .await
    .unwrap();
    println!("{}", cache.len());
}
