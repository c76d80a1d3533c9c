use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (s, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let (mut r, mut w) = s.into_split();
                let n = tokio::io::copy(&mut r, &mut w).await.unwrap();
                println!("echo task copied {n} bytes");
            });
        }
    });
    let (r, mut w) = TcpStream::connect(addr).await.unwrap().into_split();
    let mut lines = BufReader::new(r).lines();
    for word in ["ping", "pong", "done"] {
        w.write_all(format!("{word}\n").as_bytes()).await.unwrap();
        println!("echoed: {}", lines.next_line().await.unwrap().unwrap());
    }
    drop(w);
    println!("after close: {:?}", lines.next_line().await.unwrap());
    tokio::task::yield_now().await;
}
