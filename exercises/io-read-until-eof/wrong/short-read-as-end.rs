// fails: stdout
// checks only: a read shorter than the buffer only means fewer bytes had arrived; the program ends early and loses messages, which only the output shows
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};
use tokio::time::sleep;

/// Reads `stream` to its end and returns its messages: each one ends with `\n`, which is not part of it.
async fn read_messages(stream: DuplexStream) -> Vec<String> {
    let mut stream = stream;
    let mut pending: Vec<u8> = Vec::new();
    let mut messages = Vec::new();
    let mut buf = [0u8; 8];
    loop {
        let n = stream.read(&mut buf).await.unwrap();
        pending.extend_from_slice(&buf[..n]);
        if n < buf.len() {
            // A short read is taken as the end of the stream.
            return messages;
        }
        while let Some(end) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            messages.push(String::from_utf8(line[..end].to_vec()).unwrap());
        }
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
