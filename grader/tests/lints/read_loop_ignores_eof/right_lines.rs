use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[tokio::main]
async fn main() {
    let (mut client, server) = tokio::io::duplex(64);
    let reader = tokio::spawn(async move {
        let mut lines = BufReader::new(server).lines();
        let mut count = 0;
        while let Some(line) = lines.next_line().await.unwrap() {
            println!("{line}");
            count += 1;
        }
        println!("{count} lines");
    });
    client.write_all(b"one\ntwo\n").await.unwrap();
    drop(client);
    reader.await.unwrap();
}
