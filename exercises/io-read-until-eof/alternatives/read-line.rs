use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::time::sleep;

/// Reads `stream` to its end and returns its messages: each one ends with `\n`, which is not part of it.
async fn read_messages(stream: DuplexStream) -> Vec<String> {
    let mut reader = BufReader::new(stream);
    let mut messages = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await.unwrap() == 0 {
            return messages; // Ok(0): the end of the stream
        }
        messages.push(line.trim_end_matches('\n').to_string());
    }
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
