use tokio::sync::{mpsc, oneshot};

enum Message {
    Deposit(u64),
    Withdraw { amount: u64, reply: oneshot::Sender<Result<u64, &'static str>> },
    Balance { reply: oneshot::Sender<u64> },
}

fn take(balance: &mut u64, amount: u64) -> Result<u64, &'static str> {
    let left = balance.checked_sub(amount).ok_or("insufficient funds")?;
    *balance = left;
    Ok(left)
}

async fn run_account(mut inbox: mpsc::Receiver<Message>) {
    let mut balance: u64 = 0;
    while let Some(message) = inbox.recv().await {
        let _ = match message {
            Message::Deposit(amount) => {
                balance += amount;
                Ok(())
            }
            Message::Withdraw { amount, reply } if amount <= balance => reply.send(take(&mut balance, amount)).map_err(|_| ()),
            Message::Withdraw { reply, .. } => reply.send(Err("insufficient funds")).map_err(|_| ()),
            Message::Balance { reply } => reply.send(balance).map_err(|_| ()),
        };
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
