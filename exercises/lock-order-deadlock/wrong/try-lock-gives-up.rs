// fails: stdout
// checks only: `try_lock` never waits, so there is no deadlock and no lint fires; but the transfers give up instead of happening, which only the output shows
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

struct Bank {
    checking: Mutex<i64>,
    savings: Mutex<i64>,
}

async fn transfer(bank: Arc<Bank>, to_savings: bool, amount: i64) {
    let (from, to) = if to_savings { (&bank.checking, &bank.savings) } else { (&bank.savings, &bank.checking) };
    let mut from = from.lock().await;
    tokio::time::sleep(Duration::from_millis(10)).await; // check the balance with the bank
    match to.try_lock() {
        Ok(mut to) => {
            *from -= amount;
            *to += amount;
            println!("moved {amount}");
        }
        Err(_) => println!("account busy, {amount} not moved"),
    }
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
