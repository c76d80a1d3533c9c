use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinSet;

async fn confirm() {
    tokio::time::sleep(Duration::from_millis(20)).await;
}

struct Account {
    balance: Mutex<i64>,
}

impl Account {
    fn deposit(&self, amount: i64) -> i64 {
        let mut balance = self.balance.lock().unwrap();
        *balance += amount;
        *balance
    }

    fn balance(&self) -> i64 {
        *self.balance.lock().unwrap()
    }
}

#[tokio::main]
async fn main() {
    let account = Arc::new(Account { balance: Mutex::new(100) });
    let mut set = JoinSet::new();
    for amount in [30i64, -50, 15] {
        let account = Arc::clone(&account);
        set.spawn(async move {
            let now = account.deposit(amount);
            confirm().await;
            format!("applied {amount:+}, balance {now}")
        });
    }
    while let Some(line) = set.join_next().await {
        println!("{}", line.unwrap());
    }
    println!("final balance {}", account.balance());
}
