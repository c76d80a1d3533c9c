use std::fmt;

#[derive(Debug, PartialEq)]
enum TxError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
    ZeroAmount,
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::Insufficient { needed, available } => write!(f, "need {needed}, have {available}"),
            TxError::Frozen => write!(f, "account frozen"),
            TxError::ZeroAmount => write!(f, "amount must be positive"),
        }
    }
}

struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

impl Account {
    fn new(owner: &str) -> Self {
        Account { owner: owner.to_string(), balance: 0, frozen: false, history: Vec::new() }
    }
    fn deposit(&mut self, amount: u64) -> Result<u64, TxError> {
        if amount == 0 {
            return Err(TxError::ZeroAmount);
        }
        self.balance += amount;
        self.history.push(amount as i64);
        Ok(self.balance)
    }
    fn withdraw(&mut self, amount: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen);
        }
        if amount > self.balance {
            return Err(TxError::Insufficient { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        self.history.push(-(amount as i64));
        Ok(self.balance)
    }
}

fn main() {
    let mut acc = Account::new("ann");
    println!("{:?}", acc.deposit(100));
    println!("{:?}", acc.withdraw(30));
    println!("{:?}", acc.deposit(0));
    match acc.withdraw(500) {
        Ok(b) => println!("balance {b}"),
        Err(e) => println!("error: {e}"),
    }
    acc.frozen = true;
    if let Err(e) = acc.withdraw(1) {
        println!("error: {e}");
    }
    println!("{} has {} after {:?}", acc.owner, acc.balance, acc.history);
}
