use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::time::sleep;

/// Reads `stream` to its end and returns its messages: each one ends with `\n`, which is not part of it.
async fn read_messages(stream: DuplexStream) -> Vec<String> {
    let mut lines = BufReader::new(stream).lines();
    let mut messages = Vec::new();
    while let Some(line) = lines.next_line().await.unwrap() {
        messages.push(line);
    }
    messages
}

#[tokio::main]
async fn main() {
    let (mut client, server) = tokio::io::duplex(16);
    tokio::spawn(async move {
        // The client's writes do not match its messages.
        for chunk in ["SET a 1\nGE", "T a\n", "DEL a\nSET b 2\n", "QUIT\n"] {
            client.write_all(chunk.as_bytes()).await.unwrap();
            sleep(Duration::from_millis(10)).await;
        }
    });

    let messages = read_messages(server).await;
    for (i, message) in messages.iter().enumerate() {
        println!("message {}: {message}", i + 1);
    }
}
