// fails: stdout, no missing_await, no warnings
async fn save_draft(name: &str) -> usize {
    println!("draft '{name}' saved");
    name.len()
}

async fn publish(name: &str) {
    println!("'{name}' published");
}

#[tokio::main]
async fn main() {
    drop(save_draft("essay"));
    publish("essay").await;
}
