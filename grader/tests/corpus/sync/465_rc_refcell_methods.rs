use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    fn deposit(&mut self, amt: i64) {
        self.balance += amt;
        self.history.push(amt);
    }
    fn withdraw(&mut self, amt: i64) -> Result<(), String> {
        if amt > self.balance {
            return Err(format!("{} cannot withdraw {}", self.owner, amt));
        }
        self.balance -= amt;
        self.history.push(-amt);
        Ok(())
    }
    fn summary(&self) -> String {
        format!("{}: {} ({} ops)", self.owner, self.balance, self.history.len())
    }
}

trait Observer {
    fn notify(&self, event: &str);
}

struct Logger {
    lines: RefCell<Vec<String>>,
}

impl Observer for Logger {
    fn notify(&self, event: &str) {
        self.lines.borrow_mut().push(event.to_string());
    }
}

struct Bank {
    accounts: Vec<Rc<RefCell<Account>>>,
    observers: Vec<Rc<dyn Observer>>,
}

impl Bank {
    fn transfer(&self, from: usize, to: usize, amt: i64) {
        let res = self.accounts[from].borrow_mut().withdraw(amt);
        match res {
            Ok(()) => {
                self.accounts[to].borrow_mut().deposit(amt);
                for o in &self.observers {
                    o.notify(&format!("moved {}", amt));
                }
            }
            Err(e) => {
                for o in self.observers.iter() {
                    o.notify(&e);
                }
            }
        }
    }
}

fn main() {
    let alice = Rc::new(RefCell::new(Account { owner: "alice".into(), balance: 100, history: vec![] }));
    let bob = Rc::new(RefCell::new(Account { owner: "bob".into(), balance: 0, history: vec![] }));
    let logger = Rc::new(Logger { lines: RefCell::new(Vec::new()) });
    let bank = Bank { accounts: vec![alice.clone(), Rc::clone(&bob)], observers: vec![logger.clone()] };
    bank.transfer(0, 1, 30);
    bank.transfer(1, 0, 50);
    bank.transfer(0, 1, 70);
    alice.borrow_mut().deposit(5);
    println!("{}", alice.borrow().summary());
    println!("{}", bob.borrow().summary());
    println!("{:?}", logger.lines.borrow());
    println!("{}", Rc::strong_count(&alice));
    let total: i64 = bank.accounts.iter().map(|a| a.borrow().balance).sum();
    println!("total {}", total);
    {
        let mut a = alice.borrow_mut();
        a.owner.push_str("!");
    }
    println!("{:?}", alice.borrow());
}
