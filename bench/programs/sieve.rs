// Indexing a large Vec in tight loops: the sieve of Eratosthenes up to 2,000,000.
fn main() {
    let n: usize = 2_000_000;
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            let mut j = i * i;
            while j <= n {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut count = 0;
    let mut last = 0;
    for k in 0..=n {
        if is_prime[k] {
            count += 1;
            last = k;
        }
    }
    println!("{} primes up to {}, the last is {}", count, n, last);
}
