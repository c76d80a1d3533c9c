use tokio::sync::{mpsc, oneshot};

enum Message {
    Add(u32),
    Total(oneshot::Sender<u32>),
}

#[derive(Clone)]
struct Keeper {
    inbox: mpsc::Sender<Message>,
}

impl Keeper {
    async fn add(&self, points: u32) {
        self.inbox.send(Message::Add(points)).await.unwrap();
    }

    async fn total(&self) -> u32 {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Message::Total(reply)).await.unwrap();
        answer.await.unwrap()
    }
}

fn log_add(points: u32, total: u32) {
    println!("added {points}, total now {total}");
}

async fn run_keeper(mut inbox: mpsc::Receiver<Message>, log: impl Fn(u32, u32)) {
    let mut total = 0;
    while let Some(message) = inbox.recv().await {
        if let Message::Total(reply) = message {
            let _ = reply.send(total);
        } else if let Message::Add(points) = message {
            total += points;
            log(points, total);
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let keeper = Keeper { inbox: tx };
    let task = tokio::spawn(run_keeper(rx, log_add));
    keeper.add(5).await;
    keeper.add(7).await;
    println!("final total {}", keeper.total().await);
    drop(keeper);
    task.await.unwrap();
}
