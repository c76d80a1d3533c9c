use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

struct Bank {
    checking: Mutex<i64>,
    savings: Mutex<i64>,
}

async fn transfer(bank: Arc<Bank>, to_savings: bool, amount: i64) {
    let (from, to) = if to_savings { (&bank.checking, &bank.savings) } else { (&bank.savings, &bank.checking) };
    // Never hold two locks at once: take the money out, then put it in.
    *from.lock().await -= amount;
    tokio::time::sleep(Duration::from_millis(10)).await; // check the balance with the bank
    *to.lock().await += amount;
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
