use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn send_frame(s: &mut TcpStream, payload: &[u8]) -> std::io::Result<()> {
    s.write_u32(payload.len() as u32).await?;
    s.write_all(payload).await
}

async fn read_frame(s: &mut TcpStream) -> std::io::Result<Option<Vec<u8>>> {
    let len = match s.read_u32().await {
        Ok(n) => n as usize,
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut buf = vec![0u8; len];
    s.read_exact(&mut buf).await?;
    Ok(Some(buf))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        while let Some(frame) = read_frame(&mut s).await.unwrap() {
            println!("server: frame of {} bytes: {}", frame.len(), String::from_utf8_lossy(&frame));
            let reply = format!("ok {}", frame.len());
            send_frame(&mut s, reply.as_bytes()).await.unwrap();
        }
        println!("server: no more frames");
    });
    let mut c = TcpStream::connect(addr).await?;
    for msg in ["a", "frames keep their edges", ""] {
        send_frame(&mut c, msg.as_bytes()).await?;
        let reply = read_frame(&mut c).await?.unwrap();
        println!("client: {}", String::from_utf8(reply).unwrap());
    }
    c.shutdown().await?;
    server.await.unwrap();
    Ok(())
}
