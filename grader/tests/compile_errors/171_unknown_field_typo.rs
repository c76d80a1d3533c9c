struct Config {
    timeout_ms: u64,
}

fn main() {
    let c = Config { timeout_ms: 50 };
    println!("{}", c.timeout);
}
