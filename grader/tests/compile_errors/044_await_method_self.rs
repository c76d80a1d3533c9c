struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }
}

#[tokio::main]
async fn main() {
    let client = Client { base: "https://api".to_string() };
    let body = client.get("/users");
    println!("{}", body.len());
}
