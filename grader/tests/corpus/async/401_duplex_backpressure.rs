use tokio::io::{AsyncReadExt, AsyncWriteExt};

// A duplex buffer of 4 bytes: the writer waits until the reader makes room.
#[tokio::main]
async fn main() {
    let (mut client, mut server) = tokio::io::duplex(4);
    let writer = tokio::spawn(async move {
        for chunk in [&b"abc"[..], b"defgh", b"ij"] {
            let n = client.write(chunk).await.unwrap();
            println!("wrote {} of {} bytes", n, chunk.len());
        }
        client.write_all(b"0123456789").await.unwrap();
        println!("write_all done");
    });
    let mut buf = [0u8; 3];
    loop {
        let n = server.read(&mut buf).await.unwrap();
        if n == 0 {
            println!("eof");
            break;
        }
        println!("read {:?}", String::from_utf8_lossy(&buf[..n]));
    }
    writer.await.unwrap();
}
