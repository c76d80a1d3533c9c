struct Cache {
    hits: u32,
}

async fn warm_up() -> u32 {
    3
}

impl Cache {
    fn refresh(&mut self) {
        self.hits = warm_up().await;
    }
}

#[tokio::main]
async fn main() {
    let mut c = Cache { hits: 0 };
    c.refresh();
    println!("{}", c.hits);
}
