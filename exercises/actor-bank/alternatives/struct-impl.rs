use tokio::sync::{mpsc, oneshot};

enum Message {
    Deposit(u64),
    Withdraw { amount: u64, reply: oneshot::Sender<Result<u64, &'static str>> },
    Balance { reply: oneshot::Sender<u64> },
}

struct Ledger {
    balance: u64,
}

impl Ledger {
    fn new() -> Self {
        Ledger { balance: 0 }
    }

    fn withdraw(&mut self, amount: u64) -> Result<u64, &'static str> {
        if amount > self.balance {
            return Err("insufficient funds");
        }
        self.balance -= amount;
        Ok(self.balance)
    }

    fn handle(&mut self, message: Message) {
        match message {
            Message::Deposit(amount) => self.balance += amount,
            Message::Withdraw { amount, reply } => {
                reply.send(self.withdraw(amount)).ok();
            }
            Message::Balance { reply } => {
                reply.send(self.balance).ok();
            }
        }
    }
}

async fn run_account(mut inbox: mpsc::Receiver<Message>) {
    let mut ledger = Ledger::new();
    while let Some(message) = inbox.recv().await {
        ledger.handle(message);
    }
}

#[derive(Clone)]
struct Account {
    inbox: mpsc::Sender<Message>,
}

impl Account {
    fn open() -> Account {
        let (inbox, rx) = mpsc::channel(8);
        tokio::spawn(run_account(rx));
        Account { inbox }
    }

    async fn deposit(&self, amount: u64) {
        self.inbox.send(Message::Deposit(amount)).await.unwrap();
    }

    async fn withdraw(&self, amount: u64) -> Result<u64, &'static str> {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Message::Withdraw { amount, reply }).await.unwrap();
        answer.await.unwrap()
    }

    async fn balance(&self) -> u64 {
        let (reply, answer) = oneshot::channel();
        self.inbox.send(Message::Balance { reply }).await.unwrap();
        answer.await.unwrap()
    }
}

#[tokio::main]
async fn main() {
    let account = Account::open();
    account.deposit(100).await;
    println!("withdraw 30: {:?}", account.withdraw(30).await);
    println!("withdraw 90: {:?}", account.withdraw(90).await);
    account.deposit(50).await;
    println!("withdraw 90: {:?}", account.withdraw(90).await);
    println!("balance: {}", account.balance().await);
}
