// fails: stdout
// checks only: the deadlock is fixed, but each line shows the total before the points were added; a wrong value, not an async mistake
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

async fn run_keeper(mut inbox: mpsc::Receiver<Message>) {
    let mut total = 0;
    while let Some(message) = inbox.recv().await {
        match message {
            Message::Add(points) => {
                println!("added {points}, total now {total}");
                total += points;
            }
            Message::Total(reply) => {
                let _ = reply.send(total);
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let keeper = Keeper { inbox: tx };
    tokio::spawn(run_keeper(rx));
    keeper.add(5).await;
    keeper.add(7).await;
    println!("final total {}", keeper.total().await);
}
