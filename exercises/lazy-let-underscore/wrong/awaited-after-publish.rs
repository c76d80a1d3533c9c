// fails: stdout
// checks only: the draft future is awaited, just too late; the order of the steps is the program's logic
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
    publish("essay").await;
    let _ = draft.await;
}
