fn factorial(n: u32) -> u128 {
    (1..=n as u128).product()
}

fn fib(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    for n in [20, 25, 30, 34] {
        println!("{n}! = {}", factorial(n));
    }
    println!("fib(150) = {}", fib(150));
    let x: i128 = -170141183460469231731687303715884105728;
    println!("{x}");
    println!("{}", x + 1);
    println!("{:x}", u128::MAX);
    println!("{}", (u64::MAX as u128) * (u64::MAX as u128));
    println!("{}", factorial(34) / factorial(30));
}
