trait Store {
    async fn get(&self, key: &str) -> Option<String>;
}

async fn show(store: &dyn Store) {
    println!("{:?}", store.get("a").await);
}

struct Mem;

impl Store for Mem {
    async fn get(&self, _key: &str) -> Option<String> {
        None
    }
}

#[tokio::main]
async fn main() {
    show(&Mem).await;
}
