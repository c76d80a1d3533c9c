async fn save_draft(name: &str) -> usize {
    println!("draft '{name}' saved");
    name.len()
}

async fn publish(name: &str) {
    println!("'{name}' published");
}

async fn save_then_publish(name: &str) {
    let _len = save_draft(name).await;
    publish(name).await
}

#[tokio::main]
async fn main() {
    save_then_publish("essay").await;
}
