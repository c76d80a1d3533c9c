use tokio::io::{AsyncBufReadExt, BufReader};

#[tokio::main]
async fn main() {
    let mut lines = BufReader::new(tokio::io::stdin()).lines(); //~ unsupported: stdin
    while let Ok(Some(line)) = lines.next_line().await {
        println!("echo {line}");
    }
}
