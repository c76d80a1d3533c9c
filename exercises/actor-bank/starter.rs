use tokio::sync::{mpsc, oneshot};

enum Message {
    Deposit(u64),
    Withdraw { amount: u64, reply: oneshot::Sender<Result<u64, &'static str>> },
    Balance { reply: oneshot::Sender<u64> },
}

async fn run_account(mut inbox: mpsc::Receiver<Message>) {
    // TODO: own the balance and handle every message until the inbox closes.
    todo!()
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
