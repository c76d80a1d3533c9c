struct Worker {
    name: String,
}

impl Worker {
    fn start(&self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            println!("worker {}", self.name);
        })
    }
}

#[tokio::main]
async fn main() {
    let w = Worker { name: "w1".into() };
    w.start().await.unwrap();
}
