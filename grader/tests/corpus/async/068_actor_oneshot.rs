use tokio::sync::{mpsc, oneshot};

enum Command {
    Incr(i64),
    Get(oneshot::Sender<i64>),
    Reset(oneshot::Sender<i64>),
}

async fn counter_actor(mut rx: mpsc::Receiver<Command>) {
    let mut value = 0;
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Incr(n) => value += n,
            Command::Get(reply) => {
                let _ = reply.send(value);
            }
            Command::Reset(reply) => {
                let _ = reply.send(value);
                value = 0;
            }
        }
    }
    println!("actor stopped with value {value}");
}

#[derive(Clone)]
struct Handle(mpsc::Sender<Command>);

impl Handle {
    async fn incr(&self, n: i64) {
        self.0.send(Command::Incr(n)).await.unwrap();
    }
    async fn get(&self) -> i64 {
        let (tx, rx) = oneshot::channel();
        self.0.send(Command::Get(tx)).await.unwrap();
        rx.await.unwrap()
    }
    async fn reset(&self) -> i64 {
        let (tx, rx) = oneshot::channel();
        self.0.send(Command::Reset(tx)).await.unwrap();
        rx.await.unwrap()
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let actor = tokio::spawn(counter_actor(rx));
    let h = Handle(tx);
    let h2 = h.clone();
    let t = tokio::spawn(async move {
        for i in 1..=5 {
            h2.incr(i).await;
        }
    });
    t.await.unwrap();
    println!("value {}", h.get().await);
    println!("reset returned {}", h.reset().await);
    h.incr(-4).await;
    println!("value {}", h.get().await);
    drop(h);
    actor.await.unwrap();
}
