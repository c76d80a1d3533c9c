use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
}

fn main() {
    let acc = Rc::new(RefCell::new(Account { balance: 10 }));
    let other = Rc::clone(&acc);
    {
        let mut w = acc.borrow_mut();
        w.balance += 5;
    }
    println!("{:?}", other.borrow());
    let mut writer = acc.borrow_mut();
    writer.balance -= 1;
    println!("reading while a writer is alive...");
    let reader = other.borrow();
    println!("{}", reader.balance);
}
