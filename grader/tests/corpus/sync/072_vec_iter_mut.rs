#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut nums = vec![1, 2, 3, 4];
    for n in nums.iter_mut() {
        *n *= 10;
    }
    println!("{nums:?}");
    for n in &mut nums {
        *n += 1;
    }
    println!("{nums:?}");
    nums.iter_mut().enumerate().for_each(|(i, n)| *n -= i as i32);
    println!("{nums:?}");

    let mut accounts = vec![
        Account { owner: "ann".into(), balance: 100 },
        Account { owner: "bob".into(), balance: -20 },
    ];
    for acc in accounts.iter_mut().filter(|a| a.balance < 0) {
        acc.balance = 0;
        acc.owner.push_str(" (reset)");
    }
    println!("{accounts:?}");
    if let Some(last) = accounts.last_mut() {
        last.balance += 5;
    }
    println!("{}", accounts[1].balance);
    let total: i64 = accounts.into_iter().map(|a| a.balance).sum();
    println!("{total}");
    let mut grid = vec![vec![0; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 3 + c;
        }
    }
    println!("{grid:?}");
}
