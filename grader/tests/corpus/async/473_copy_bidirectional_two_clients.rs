use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, Duration, Instant};

async fn echo_lines(s: TcpStream, name: &'static str) {
    let (r, mut w) = s.into_split();
    let mut lines = BufReader::new(r).lines();
    while let Some(line) = lines.next_line().await.unwrap() {
        w.write_all(format!("{name} says {line}\n").as_bytes()).await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let backend = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let backend_addr = backend.local_addr().unwrap();
    tokio::spawn(async move {
        for name in ["first", "second"] {
            let (s, _) = backend.accept().await.unwrap();
            tokio::spawn(echo_lines(s, name));
        }
    });
    let front = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let front_addr = front.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (mut inbound, _) = front.accept().await.unwrap();
            tokio::spawn(async move {
                let mut outbound = TcpStream::connect(backend_addr).await.unwrap();
                let (up, down) = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await.unwrap();
                println!("proxied {up} bytes up, {down} down at {} ms", start.elapsed().as_millis());
            });
        }
    });
    let mut clients = Vec::new();
    for (i, delay) in [(1, 15u64), (2, 5)] {
        clients.push(tokio::spawn(async move {
            let s = TcpStream::connect(front_addr).await.unwrap();
            let (r, mut w) = s.into_split();
            let mut lines = BufReader::new(r).lines();
            for k in 0..2 {
                sleep(Duration::from_millis(delay)).await;
                w.write_all(format!("client {i} msg {k}\n").as_bytes()).await.unwrap();
                let reply = lines.next_line().await.unwrap().unwrap();
                println!("{reply} at {} ms", start.elapsed().as_millis());
            }
            drop(w);
            println!("client {i} end: {:?}", lines.next_line().await.unwrap());
        }));
    }
    for c in clients {
        c.await.unwrap();
    }
    sleep(Duration::from_millis(1)).await;
}
