// fails: stdout
// checks only: the spawned requests are answered after both `Add`s, so each line shows the final total; no lint can know which total was meant
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

async fn run_keeper(mut inbox: mpsc::Receiver<Message>, me: Keeper) {
    let mut total = 0;
    while let Some(message) = inbox.recv().await {
        match message {
            Message::Add(points) => {
                total += points;
                let me = me.clone();
                tokio::spawn(async move {
                    println!("added {points}, total now {}", me.total().await);
                });
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
    tokio::spawn(run_keeper(rx, keeper.clone()));
    keeper.add(5).await;
    keeper.add(7).await;
    println!("final total {}", keeper.total().await);
}
