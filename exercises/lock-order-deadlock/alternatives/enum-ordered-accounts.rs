use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Account {
    Checking,
    Savings,
}

struct Bank {
    checking: Mutex<i64>,
    savings: Mutex<i64>,
}

impl Bank {
    fn account(&self, which: Account) -> &Mutex<i64> {
        match which {
            Account::Checking => &self.checking,
            Account::Savings => &self.savings,
        }
    }

    async fn transfer(&self, from: Account, to: Account, amount: i64) {
        // Lock the lower account first, whichever way the money goes.
        let (first, second) = if from < to { (from, to) } else { (to, from) };
        let mut first_guard = self.account(first).lock().await;
        tokio::time::sleep(Duration::from_millis(10)).await; // check the balance with the bank
        let mut second_guard = self.account(second).lock().await;
        let (from_guard, to_guard) =
            if first == from { (&mut first_guard, &mut second_guard) } else { (&mut second_guard, &mut first_guard) };
        **from_guard -= amount;
        **to_guard += amount;
        println!("moved {amount}");
    }
}

#[tokio::main]
async fn main() {
    let bank = Arc::new(Bank { checking: Mutex::new(500), savings: Mutex::new(500) });
    let a = {
        let bank = Arc::clone(&bank);
        tokio::spawn(async move { bank.transfer(Account::Checking, Account::Savings, 100).await })
    };
    let b = {
        let bank = Arc::clone(&bank);
        tokio::spawn(async move { bank.transfer(Account::Savings, Account::Checking, 40).await })
    };
    a.await.unwrap();
    b.await.unwrap();
    println!("checking {}, savings {}", bank.checking.lock().await, bank.savings.lock().await);
}
