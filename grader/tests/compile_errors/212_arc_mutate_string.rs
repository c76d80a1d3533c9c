use std::sync::Arc;

fn main() {
    let log = Arc::new(String::new());
    log.push_str("started");
    println!("{log}");
}
