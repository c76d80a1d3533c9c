use std::env; //~ unsupported: std::env|env

fn main() {
    let home = env::var("HOME").unwrap_or_else(|_| "unknown".to_string());
    println!("home is {home}");
}
