use std::time::Duration;
use tokio::time::sleep;

struct Kettle {
    seconds: u64,
}

impl Kettle {
    async fn brew(&self) -> &'static str {
        sleep(Duration::from_secs(self.seconds)).await;
        "tea"
    }
}

#[tokio::main]
async fn main() {
    let kettle = Kettle { seconds: 3 };
    let drink = kettle.brew().await;
    println!("your {drink} is ready");
}
