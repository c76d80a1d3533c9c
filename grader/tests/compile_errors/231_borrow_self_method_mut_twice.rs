struct Bank {
    accounts: Vec<i64>,
}

impl Bank {
    fn account(&mut self, i: usize) -> &mut i64 {
        &mut self.accounts[i]
    }
}

fn main() {
    let mut b = Bank { accounts: vec![10, 20] };
    let a = b.account(0);
    let c = b.account(1);
    *a -= 5;
    *c += 5;
    println!("{:?}", b.accounts);
}
