use tokio::sync::mpsc;

struct Producer {
    tx: mpsc::Sender<u32>,
    count: u32,
}

impl Producer {
    async fn run(self) {
        for i in 0..self.count {
            self.tx.send(i).await.unwrap();
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(Producer { tx, count: 5 }.run());
    let mut total = 0;
    while let Some(v) = rx.recv().await {
        total += v;
    }
    println!("total {total}");
}
