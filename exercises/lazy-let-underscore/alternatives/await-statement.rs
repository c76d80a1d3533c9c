async fn save_draft(name: &str) -> usize {
    println!("draft '{name}' saved");
    name.len()
}

async fn publish(name: &str) {
    println!("'{name}' published");
}

#[tokio::main]
async fn main() {
    save_draft("essay").await;
    publish("essay").await;
}
