fn digits(mut n: u64) -> Vec<u8> {
    let mut out = Vec::new();
    while n > 0 {
        out.push((n % 10) as u8);
        n /= 10;
    }
    out.reverse();
    out
}

fn isqrt(n: u64) -> u64 {
    let mut lo = 0;
    let mut hi = n + 1;
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn main() {
    println!("{:?}", digits(9041));
    println!("{:?}", digits(0));
    for n in [0, 1, 15, 16, 1_000_000, 999_999_999] {
        println!("isqrt({n}) = {}", isqrt(n));
    }
    let mut balance = 100.0;
    let mut years = 0;
    while balance < 200.0 {
        balance *= 1.07;
        years += 1;
    }
    println!("doubled after {years} years: {balance:.2}");
}
