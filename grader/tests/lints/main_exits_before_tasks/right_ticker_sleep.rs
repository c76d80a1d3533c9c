use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    // A background ticker that runs as long as the program does, on purpose.
    tokio::spawn(async {
        loop {
            sleep(Duration::from_millis(100)).await;
            println!("tick");
        }
    });
    sleep(Duration::from_millis(350)).await;
    println!("done");
}
