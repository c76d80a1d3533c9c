use std::time::Duration;

struct Counter {
    n: u32,
}

impl Counter {
    async fn bump(&mut self) {
        tokio::time::sleep(Duration::from_millis(1)).await;
        self.n += 1;
    }
}

#[tokio::main]
async fn main() {
    let mut c = Counter { n: 0 };
    c.bump(); //~ missing_await
    println!("{}", c.n);
}
