// fails: outcome, stdout
// checks only: a wrong prediction (the accept loop serves one connection at a time, so the answers are 100 ms apart); the program's own assert catches it
use std::sync::Mutex;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Instant};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();

    // A server that handles each connection inside its accept loop.
    tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            let (reader, mut writer) = socket.into_split();
            let mut lines = BufReader::new(reader).lines();
            while let Some(line) = lines.next_line().await.unwrap() {
                sleep(Duration::from_millis(100)).await;
                writer.write_all(format!("{line}!\n").as_bytes()).await.unwrap();
            }
        }
    });

    let start = Instant::now();
    let mut clients = Vec::new();
    for name in ["ana", "bo", "cy"] {
        clients.push(tokio::spawn(async move {
            let stream = TcpStream::connect(addr).await.unwrap();
            let (reader, mut writer) = stream.into_split();
            writer.write_all(format!("{name}\n").as_bytes()).await.unwrap();
            let mut replies = BufReader::new(reader).lines();
            let reply = replies.next_line().await.unwrap().unwrap();
            print_line(format!("{reply} at {} ms", start.elapsed().as_millis()));
        }));
    }
    for client in clients {
        client.await.unwrap();
    }

    let predicted = vec!["ana! at 100 ms", "bo! at 100 ms", "cy! at 100 ms"];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
