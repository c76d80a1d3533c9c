trait Store {
    async fn get(&self, key: u32) -> u32;
}

struct Memory;

impl Store for Memory {
    // A trait's async fn may not need to await in every impl.
    async fn get(&self, key: u32) -> u32 {
        key * 10
    }
}

struct Slow;

impl Store for Slow {
    async fn get(&self, key: u32) -> u32 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        key
    }
}

#[tokio::main]
async fn main() {
    println!("{} {}", Memory.get(1).await, Slow.get(2).await);
}
