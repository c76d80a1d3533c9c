fn main() {
    let home = std::env::var("HOME").unwrap_or_else(|_| "unknown".to_string()); //~ unsupported: std::env|env
    println!("home is {home}");
}
