use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::{sleep, Instant};

enum Command {
    Take { amount: u32, reply: oneshot::Sender<Result<u32, String>> },
    Restock { amount: u32, reply: oneshot::Sender<u32> },
}

/// The actor: owns the stock, handles one command at a time, and publishes the stock after every change.
async fn run_store(mut inbox: mpsc::Receiver<Command>, stock_tx: watch::Sender<u32>) {
    // TODO: start from the stock in the watch; for each command:
    // - Take: if there is enough, take it, publish the new stock on `stock_tx` and reply Ok(stock left);
    //   otherwise reply Err("not enough stock") and change nothing.
    // - Restock: add the items, publish the new stock and reply with it.
    todo!()
}

#[derive(Clone)]
struct Store {
    inbox: mpsc::Sender<Command>,
    stock: watch::Receiver<u32>,
}

impl Store {
    fn start(initial: u32) -> Store {
        let (inbox, rx) = mpsc::channel(8);
        let (stock_tx, stock) = watch::channel(initial);
        tokio::spawn(run_store(rx, stock_tx));
        Store { inbox, stock }
    }

    /// Asks the actor for `amount` items; returns the stock left, or why not.
    async fn take(&self, amount: u32) -> Result<u32, String> {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Command::Take { amount, reply }).await.expect("store stopped");
        answer.await.expect("store stopped")
    }

    /// Adds `amount` items; returns the new stock.
    async fn restock(&self, amount: u32) -> u32 {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Command::Restock { amount, reply }).await.expect("store stopped");
        answer.await.expect("store stopped")
    }

    /// A receiver of its own, to be told when the stock changes.
    fn watch_stock(&self) -> watch::Receiver<u32> {
        self.stock.clone()
    }

    /// The latest stock the actor published, read without a message to the actor.
    fn stock(&self) -> u32 {
        // TODO: read the watch.
        todo!()
    }
}

/// Sounds once, as soon as the published stock is below 3.
async fn low_stock_alarm(mut stock: watch::Receiver<u32>, start: Instant) {
    let low = *stock.wait_for(|left| *left < 3).await.expect("the store stopped before the stock ran low");
    println!("alarm: stock down to {low} at {} ms", start.elapsed().as_millis());
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let store = Store::start(10);
    let alarm = tokio::spawn(low_stock_alarm(store.watch_stock(), start));
    let mut customers = Vec::new();
    for (name, amount, at_ms) in [("ann", 4, 100), ("bob", 5, 200), ("cat", 3, 300)] {
        let store = store.clone();
        customers.push(tokio::spawn(async move {
            sleep(Duration::from_millis(at_ms)).await;
            match store.take(amount).await {
                Ok(left) => println!("{name} took {amount}, {left} left"),
                Err(why) => println!("{name} could not take {amount}: {why}"),
            }
        }));
    }
    for customer in customers {
        customer.await.unwrap();
    }
    println!("stock read from the watch: {}", store.stock());
    let now = store.restock(20).await;
    println!("restocked, {now} in stock");
    println!("stock read from the watch: {}", store.stock());
    drop(store); // the last handle: the actor stops
    alarm.await.unwrap();
}
