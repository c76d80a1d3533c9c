use std::collections::HashMap;

fn fib_memo(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n <= 1 {
        return n;
    }
    if let Some(&v) = memo.get(&n) {
        return v;
    }
    let v = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo.insert(n, v);
    v
}

fn fib_naive(n: u64, calls: &mut u64) -> u64 {
    *calls += 1;
    if n <= 1 { n } else { fib_naive(n - 1, calls) + fib_naive(n - 2, calls) }
}

fn main() {
    let mut memo = HashMap::new();
    for n in [10, 50, 90] {
        println!("fib({n}) = {}", fib_memo(n, &mut memo));
    }
    println!("memo holds {} entries", memo.len());
    let mut calls = 0;
    println!("naive fib(20) = {} after {calls} calls", fib_naive(20, &mut calls));
    let mut calls = 0;
    let v = fib_naive(20, &mut calls);
    println!("naive fib(20) = {v} after {calls} calls");
}
