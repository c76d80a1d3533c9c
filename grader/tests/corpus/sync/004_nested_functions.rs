fn factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn gcd(a: u32, b: u32) -> u32 {
    fn step(a: u32, b: u32) -> (u32, u32) {
        (b, a % b)
    }
    let (mut a, mut b) = (a, b);
    while b != 0 {
        (a, b) = step(a, b);
    }
    a
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn main() {
    for n in [0, 1, 5, 10, 20] {
        println!("{n}! = {}", factorial(n));
    }
    println!("gcd(48, 18) = {}", gcd(48, 18));
    println!("gcd(17, 5) = {}", gcd(17, 5));
    println!("7 even? {} odd? {}", is_even(7), is_odd(7));
}
