use std::time::Duration;

async fn brew(seconds: u64) -> &'static str {
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    "tea"
}

#[tokio::main]
async fn main() {
    let kettle = tokio::spawn(brew(3));
    match kettle.await {
        Ok(drink) => println!("your {drink} is ready"),
        Err(e) => eprintln!("the kettle broke: {e}"),
    }
}
