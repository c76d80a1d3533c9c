#[tokio::main]
async fn main() {
    let text = std::fs::read_to_string("Cargo.toml").unwrap_or_default(); //~ blocking_io_in_async
    println!("{}", text.len());
}
