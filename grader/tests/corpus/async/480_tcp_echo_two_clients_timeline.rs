// The timeline browser test's server (web/e2e/timeline.test.mjs): an accept loop, a task per
// connection echoing lines, two clients one after the other.
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        for _ in 0..2 {
            let (conn, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let (read, mut write) = conn.into_split();
                let mut lines = BufReader::new(read).lines();
                while let Some(line) = lines.next_line().await.unwrap() {
                    write.write_all(format!("echo {line}\n").as_bytes()).await.unwrap();
                }
            });
        }
    });
    for name in ["ann", "bob"] {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream.write_all(format!("hi from {name}\n").as_bytes()).await.unwrap();
        let mut lines = BufReader::new(stream).lines();
        println!("{}", lines.next_line().await.unwrap().unwrap());
    }
    server.await.unwrap();
}
