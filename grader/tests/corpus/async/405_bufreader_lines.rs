use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[tokio::main]
async fn main() {
    let (client, server) = tokio::io::duplex(32);
    let (read_half, mut write_half) = tokio::io::split(server);
    let (client_read, mut client_write) = tokio::io::split(client);

    let server = tokio::spawn(async move {
        let mut lines = BufReader::new(read_half).lines();
        while let Some(line) = lines.next_line().await.unwrap() {
            println!("server got {line:?}");
            write_half.write_all(format!("{}\n", line.to_uppercase()).as_bytes()).await.unwrap();
        }
        println!("server: client closed");
    });

    let mut replies = BufReader::new(client_read).lines();
    for word in ["ping", "hello there", "bye"] {
        client_write.write_all(word.as_bytes()).await.unwrap();
        client_write.write_all(b"\n").await.unwrap();
        let reply = replies.next_line().await.unwrap();
        println!("client got {reply:?}");
    }
    client_write.shutdown().await.unwrap();
    server.await.unwrap();
    println!("last: {:?}", replies.next_line().await.unwrap());
}
