use std::time::Duration;

async fn parse_port(s: &str) -> Result<u16, std::num::ParseIntError> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    s.parse::<u16>()
}

#[tokio::main]
async fn main() {
    let result = parse_port("8080");
    let shown = result.unwrap();
    println!("{:?}", shown);
}
