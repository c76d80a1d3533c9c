struct Account {
    balance: i32,
}

fn main() {
    let mut acc = Account { balance: i32::MAX - 3 };
    let deposits = [1, 1, 1, 1, 1];
    for d in deposits {
        acc.balance += d;
        println!("balance = {}", acc.balance);
    }
    println!("unreachable: {}", acc.balance);
}
