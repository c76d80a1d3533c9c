use std::sync::Arc;

trait Handler {
    async fn handle(&self, n: u32) -> u32;
}

struct Double;

impl Handler for Double {
    async fn handle(&self, n: u32) -> u32 {
        n * 2
    }
}

#[tokio::main]
async fn main() {
    let h: Arc<dyn Handler> = Arc::new(Double);
    println!("{}", h.handle(4).await);
}
