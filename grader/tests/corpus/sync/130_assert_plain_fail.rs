struct Wallet {
    balance: u32,
}

impl Wallet {
    fn withdraw(&mut self, amount: u32) {
        assert!(amount <= self.balance);
        self.balance -= amount;
    }
}

fn main() {
    let mut w = Wallet { balance: 50 };
    for amount in [20, 25, 80] {
        println!("withdrawing {amount}");
        w.withdraw(amount);
        println!("balance {}", w.balance);
    }
}
