// Recursive calls: the cost of a function call in the VM.
fn fib(n: u64) -> u64 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    println!("fib(30) = {}", fib(30));
}
