// fails: stdout
// checks only: the locks are taken in one order, but both transfers move money from checking to savings; only the balances show it
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

struct Bank {
    checking: Mutex<i64>,
    savings: Mutex<i64>,
}

async fn transfer(bank: Arc<Bank>, _to_savings: bool, amount: i64) {
    let mut checking = bank.checking.lock().await;
    tokio::time::sleep(Duration::from_millis(10)).await; // check the balance with the bank
    let mut savings = bank.savings.lock().await;
    *checking -= amount;
    *savings += amount;
    println!("moved {amount}");
}

#[tokio::main]
async fn main() {
    let bank = Arc::new(Bank { checking: Mutex::new(500), savings: Mutex::new(500) });
    let a = tokio::spawn(transfer(Arc::clone(&bank), true, 100));
    let b = tokio::spawn(transfer(Arc::clone(&bank), false, 40));
    a.await.unwrap();
    b.await.unwrap();
    println!("checking {}, savings {}", bank.checking.lock().await, bank.savings.lock().await);
}
