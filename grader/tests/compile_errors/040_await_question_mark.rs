async fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    s.parse()
}

async fn run() -> Result<i32, std::num::ParseIntError> {
    let n = parse("42")?;
    Ok(n * 2)
}

#[tokio::main]
async fn main() {
    println!("{:?}", run().await);
}
