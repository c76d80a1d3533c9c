use std::cell::RefCell;

struct Bank {
    accounts: RefCell<Vec<i32>>,
}

impl Bank {
    fn total(&self) -> i32 {
        self.accounts.borrow().iter().sum()
    }
}

fn main() {
    let b = Bank { accounts: RefCell::new(vec![5, 6]) };
    println!("{}", b.total());
    let mut w = b.accounts.borrow_mut();
    w.push(7);
    println!("{:?}", b.accounts.try_borrow().map(|v| v.len()).is_err());
    println!("{}", b.total());
}
