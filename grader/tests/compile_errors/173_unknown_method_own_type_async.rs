struct Client;

impl Client {
    async fn get(&self) -> String {
        "ok".to_string()
    }
}

#[tokio::main]
async fn main() {
    let c = Client;
    let body = c.fetch().await;
    println!("{body}");
}
