use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, _) = broadcast::channel::<(usize, String)>(16);
    let server_tx = tx.clone();
    tokio::spawn(async move {
        for id in 1..=2 {
            let (socket, _) = listener.accept().await.unwrap();
            let tx = server_tx.clone();
            let mut rx = tx.subscribe();
            tokio::spawn(async move {
                let (reader, mut writer) = socket.into_split();
                let mut lines = BufReader::new(reader).lines();
                loop {
                    tokio::select! {
                        biased;
                        line = lines.next_line() => match line.unwrap() {
                            Some(text) => { tx.send((id, text)).unwrap(); }
                            None => break,
                        },
                        msg = rx.recv() => {
                            let (from, text) = msg.unwrap();
                            if from != id {
                                writer.write_all(format!("[{from}] {text}\n").as_bytes()).await.unwrap();
                            }
                        }
                    }
                }
                println!("client {id} left");
            });
        }
    });
    let a = TcpStream::connect(addr).await.unwrap();
    let b = TcpStream::connect(addr).await.unwrap();
    let (ar, mut aw) = a.into_split();
    let (br, mut bw) = b.into_split();
    let mut a_lines = BufReader::new(ar).lines();
    let mut b_lines = BufReader::new(br).lines();
    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    aw.write_all(b"hi bob\n").await.unwrap();
    println!("bob sees: {}", b_lines.next_line().await.unwrap().unwrap());
    bw.write_all(b"hi alice\n").await.unwrap();
    println!("alice sees: {}", a_lines.next_line().await.unwrap().unwrap());
    aw.write_all(b"bye\n").await.unwrap();
    println!("bob sees: {}", b_lines.next_line().await.unwrap().unwrap());
    drop(aw);
    drop(bw);
    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    println!("done");
}
