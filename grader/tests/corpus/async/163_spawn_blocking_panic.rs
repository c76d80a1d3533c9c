fn parse_config(text: &str) -> u32 {
    let value = text.trim().strip_prefix("workers=").expect("config starts with workers=");
    value.parse().unwrap()
}

#[tokio::main]
async fn main() {
    let ok = tokio::task::spawn_blocking(|| parse_config("workers=4")).await;
    println!("first config: {ok:?}");
    let bad = tokio::task::spawn_blocking(|| parse_config("threads=8")).await;
    match bad {
        Ok(n) => println!("second config: {n}"),
        Err(e) => println!("second config failed: panic={} ({e})", e.is_panic()),
    }
}
