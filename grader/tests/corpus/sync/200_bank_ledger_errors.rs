use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug)]
enum LedgerError {
    UnknownAccount(String),
    Insufficient { account: String, balance: i64, amount: i64 },
    Parse(String),
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LedgerError::UnknownAccount(a) => write!(f, "unknown account {a}"),
            LedgerError::Insufficient { account, balance, amount } => write!(f, "{account} has {balance}, cannot send {amount}"),
            LedgerError::Parse(line) => write!(f, "cannot parse {line:?}"),
        }
    }
}

impl From<std::num::ParseIntError> for LedgerError {
    fn from(e: std::num::ParseIntError) -> Self {
        LedgerError::Parse(e.to_string())
    }
}

fn apply(accounts: &mut BTreeMap<String, i64>, line: &str) -> Result<(), LedgerError> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    let [from, to, amount] = parts[..] else {
        return Err(LedgerError::Parse(line.to_string()));
    };
    let amount: i64 = amount.parse()?;
    let balance = *accounts.get(from).ok_or_else(|| LedgerError::UnknownAccount(from.to_string()))?;
    if !accounts.contains_key(to) {
        return Err(LedgerError::UnknownAccount(to.to_string()));
    }
    if balance < amount {
        return Err(LedgerError::Insufficient { account: from.to_string(), balance, amount });
    }
    *accounts.get_mut(from).unwrap() -= amount;
    *accounts.entry(to.to_string()).or_insert(0) += amount;
    Ok(())
}

fn main() {
    let mut accounts = BTreeMap::from([("ann".to_string(), 100), ("bob".to_string(), 20)]);
    for line in ["ann bob 30", "bob cid 5", "bob ann 80", "ann bob x", "ann bob", "bob ann 50"] {
        match apply(&mut accounts, line) {
            Ok(()) => println!("ok   {line:<12} {accounts:?}"),
            Err(e) => println!("fail {line:<12} {e}"),
        }
    }
}
