use tokio::io::AsyncBufReadExt;

#[tokio::main]
async fn main() {
    let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines(); //~ unsupported: stdin
    while let Ok(Some(line)) = lines.next_line().await {
        println!("echo {line}");
    }
}
