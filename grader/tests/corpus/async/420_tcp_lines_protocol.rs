use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let (reader, mut writer) = socket.into_split();
        let mut lines = BufReader::new(reader).lines();
        let mut count = 0;
        while let Some(line) = lines.next_line().await.unwrap() {
            count += 1;
            println!("server got line {count}: {line}");
            writer.write_all(format!("{}\n", line.to_uppercase()).as_bytes()).await.unwrap();
        }
        println!("server: end of input after {count} lines");
    });
    let stream = TcpStream::connect(addr).await.unwrap();
    let (reader, mut writer) = stream.into_split();
    writer.write_all(b"first line\nsecond ").await.unwrap();
    writer.write_all(b"line\nthird\n").await.unwrap();
    writer.shutdown().await.unwrap();
    let mut replies = BufReader::new(reader).lines();
    while let Some(r) = replies.next_line().await.unwrap() {
        println!("client got: {r}");
    }
    server.await.unwrap();
}
