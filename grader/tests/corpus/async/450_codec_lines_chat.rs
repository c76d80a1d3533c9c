use futures::{SinkExt, StreamExt};
use tokio_util::codec::{Framed, LinesCodec};

#[tokio::main]
async fn main() {
    let (a, b) = tokio::io::duplex(64);
    let mut client = Framed::new(a, LinesCodec::new());
    let mut server = Framed::new(b, LinesCodec::new());
    let srv = tokio::spawn(async move {
        while let Some(line) = server.next().await {
            let line = line.unwrap();
            println!("server got {:?}", line);
            server.send(format!("echo: {}", line)).await.unwrap();
        }
        println!("server: client left");
    });
    for msg in ["hello", "how are you", "bye"] {
        client.send(msg).await.unwrap();
        let reply = client.next().await.unwrap().unwrap();
        println!("client got {:?}", reply);
    }
    drop(client);
    srv.await.unwrap();
}
