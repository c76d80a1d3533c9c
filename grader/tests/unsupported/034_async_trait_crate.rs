#[async_trait::async_trait] //~ unsupported: async_trait
trait Fetch {
    async fn fetch(&self) -> u32;
}

struct Local;

#[async_trait::async_trait] //~ unsupported: async_trait
impl Fetch for Local {
    async fn fetch(&self) -> u32 {
        7
    }
}

#[tokio::main]
async fn main() {
    println!("{}", Local.fetch().await);
}
