use std::error::Error;

async fn step() -> Result<(), Box<dyn Error>> {
    Ok(())
}

async fn run() {
    let result: Result<u32, Box<dyn Error>> = "7".parse::<u32>().map_err(|e| e.into());
    step().await.unwrap();
    println!("{:?}", result.is_ok());
}

#[tokio::main]
async fn main() {
    tokio::spawn(run()).await.unwrap();
}
