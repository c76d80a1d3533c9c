async fn save_draft(name: &str) -> usize {
    println!("draft '{name}' saved");
    name.len()
}

async fn publish(name: &str) {
    println!("'{name}' published");
}

#[tokio::main]
async fn main() {
    let name = "essay";
    if save_draft(name).await > 0 {
        publish(name).await;
    }
}
