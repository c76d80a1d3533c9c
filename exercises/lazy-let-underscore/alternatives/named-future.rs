async fn save_draft(name: &str) -> usize {
    println!("draft '{name}' saved");
    name.len()
}

async fn publish(name: &str) {
    println!("'{name}' published");
}

#[tokio::main]
async fn main() {
    let draft = save_draft("essay");
    let saved_bytes: usize = draft.await;
    assert_eq!(saved_bytes, 5);
    publish("essay").await;
}
