// fails: outcome, stdout, no warnings
// checks only: both sides wait for the other's end of the stream, forever; the run shows it as a deadlock
use std::net::SocketAddr;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// The server: shouts every line back, and when the client has finished sending, a last line with the count.
async fn serve(listener: TcpListener) {
    loop {
        let (socket, _) = listener.accept().await.unwrap();
        tokio::spawn(async move {
            let (reader, mut writer) = socket.into_split();
            let mut lines = BufReader::new(reader).lines();
            let mut count = 0;
            while let Some(line) = lines.next_line().await.unwrap() {
                count += 1;
                writer.write_all(format!("{}\n", line.to_uppercase()).as_bytes()).await.unwrap();
            }
            // The client's end of the stream: answer with the count, then hang up.
            writer.write_all(format!("{count} lines, bye\n").as_bytes()).await.unwrap();
        });
    }
}

/// Sends `lines` to the server, one per line, and returns every line the server answers, until it hangs up.
async fn shout(addr: SocketAddr, lines: &[&str]) -> Vec<String> {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (reader, mut writer) = stream.into_split();
    for line in lines {
        writer.write_all(format!("{line}\n").as_bytes()).await.unwrap();
    }
    // No shutdown: the server waits for more lines, and we wait for its end of the stream.

    let mut answers = Vec::new();
    let mut replies = BufReader::new(reader).lines();
    while let Some(answer) = replies.next_line().await.unwrap() {
        answers.push(answer);
    }
    answers
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener));

    for answer in shout(addr, &["hello", "async", "world"]).await {
        println!("{answer}");
    }
}
