use tokio::sync::{mpsc, oneshot};

enum Message {
    Add(u32),
    Total(oneshot::Sender<u32>),
}

#[derive(Clone)]
struct Keeper {
    inbox: mpsc::Sender<Message>,
}

struct Score {
    total: u32,
}

impl Score {
    fn add(&mut self, points: u32) -> u32 {
        self.total += points;
        self.total
    }
}

impl Keeper {
    fn spawn() -> Keeper {
        let (inbox, rx) = mpsc::channel(8);
        tokio::spawn(Keeper::run(rx, Score { total: 0 }));
        Keeper { inbox }
    }

    async fn run(mut inbox: mpsc::Receiver<Message>, mut score: Score) {
        while let Some(message) = inbox.recv().await {
            match message {
                Message::Add(points) => {
                    let total = score.add(points);
                    println!("added {points}, total now {total}");
                }
                Message::Total(reply) => {
                    reply.send(score.total).ok();
                }
            }
        }
    }

    async fn add(&self, points: u32) {
        self.inbox.send(Message::Add(points)).await.unwrap();
    }

    async fn total(&self) -> u32 {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Message::Total(reply)).await.unwrap();
        answer.await.unwrap()
    }
}

#[tokio::main]
async fn main() {
    let keeper = Keeper::spawn();
    keeper.add(5).await;
    keeper.add(7).await;
    println!("final total {}", keeper.total().await);
}
