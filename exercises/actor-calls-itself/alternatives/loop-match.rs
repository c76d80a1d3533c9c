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
    loop {
        let Some(message) = inbox.recv().await else {
            break;
        };
        match message {
            Message::Add(points) => {
                total += points;
                let now = total;
                println!("added {}, total now {}", points, now);
            }
            Message::Total(reply) => reply.send(total).unwrap_or(()),
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
