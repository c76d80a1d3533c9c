use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

struct Bank {
    checking: Mutex<i64>,
    savings: Mutex<i64>,
}

async fn transfer(bank: Arc<Bank>, to_savings: bool, amount: i64) {
    let mut checking = bank.checking.lock().await;
    let mut savings = bank.savings.lock().await;
    tokio::time::sleep(Duration::from_millis(10)).await; // check the balance with the bank
    match to_savings {
        true => {
            *checking -= amount;
            *savings += amount;
        }
        false => {
            *savings -= amount;
            *checking += amount;
        }
    }
    println!("moved {amount}");
}

#[tokio::main]
async fn main() {
    let bank = Arc::new(Bank { checking: Mutex::new(500), savings: Mutex::new(500) });
    tokio::join!(transfer(Arc::clone(&bank), true, 100), transfer(Arc::clone(&bank), false, 40));
    let (checking, savings) = (bank.checking.lock().await, bank.savings.lock().await);
    println!("checking {}, savings {}", *checking, *savings);
}
