use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut next = 0u32;
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            next += 1;
            let ticket = next;
            tokio::spawn(async move {
                let mut buf = [0u8; 1];
                s.read_exact(&mut buf).await.unwrap();
                s.write_u32(ticket * 100 + buf[0] as u32).await.unwrap();
            });
        }
    });
    let mut set = JoinSet::new();
    for i in 0..5u8 {
        set.spawn(async move {
            let mut c = TcpStream::connect(addr).await.unwrap();
            c.write_all(&[i]).await.unwrap();
            let answer = c.read_u32().await.unwrap();
            (i, answer)
        });
    }
    let mut results = Vec::new();
    while let Some(r) = set.join_next().await {
        let (i, answer) = r.unwrap();
        println!("client {i} finished with {answer}");
        results.push(answer);
    }
    results.sort();
    println!("{results:?}");
}
