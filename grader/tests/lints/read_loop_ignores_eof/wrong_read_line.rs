use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[tokio::main]
async fn main() {
    let (client, server) = tokio::io::duplex(64);
    let reader = tokio::spawn(async move {
        let mut reader = BufReader::new(server);
        let mut count = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).await.unwrap(); //~ read_loop_ignores_eof
            count += 1;
            if count == 20 {
                break;
            }
        }
        println!("{count} lines");
    });
    let mut client = client;
    client.write_all(b"one\ntwo\n").await.unwrap();
    drop(client);
    reader.await.unwrap();
}
