// fails: stdout, virtual time, no sequential_awaits_not_concurrent, no warnings
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Instant};

/// Answers each line of one client after 100 ms of work, until the client hangs up.
async fn handle(socket: TcpStream) {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(word) = lines.next_line().await.unwrap() {
        sleep(Duration::from_millis(100)).await;
        let answer = format!("{word} has {} letters\n", word.len());
        writer.write_all(answer.as_bytes()).await.unwrap();
    }
}

async fn serve(listener: TcpListener) {
    loop {
        let (socket, _) = listener.accept().await.unwrap();
        // Spawned, but awaited at once: still one client at a time.
        tokio::spawn(handle(socket)).await.unwrap();
    }
}

async fn client(addr: SocketAddr, name: &str, words: &[&str], start: Instant) {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    for word in words {
        writer.write_all(format!("{word}\n").as_bytes()).await.unwrap();
        let answer = lines.next_line().await.unwrap().unwrap();
        println!("{name} at {} ms: {answer}", start.elapsed().as_millis());
    }
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener));

    let start = Instant::now();
    tokio::join!(
        client(addr, "ana", &["tokio", "async"], start),
        client(addr, "bo", &["rust", "await"], start),
    );
    println!("both done at {} ms", start.elapsed().as_millis());
}
