async fn save_draft(name: &str) -> usize {
    println!("draft '{name}' saved");
    name.len()
}

async fn publish(name: &str) {
    println!("'{name}' published");
}

#[tokio::main]
async fn main() {
    // TODO: this silences the warning, but does it save anything?
    let _ = save_draft("essay");
    publish("essay").await;
}
