use std::collections::HashMap;
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

async fn handle(socket: TcpStream, db: Arc<Mutex<HashMap<String, String>>>) {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await.unwrap() {
        let parts: Vec<&str> = line.splitn(3, ' ').collect();
        let reply = match parts.as_slice() {
            ["SET", key, value] => {
                db.lock().await.insert(key.to_string(), value.to_string());
                "OK".to_string()
            }
            ["GET", key] => match db.lock().await.get(*key) {
                Some(v) => format!("VALUE {v}"),
                None => "NIL".to_string(),
            },
            _ => format!("ERR unknown command {line:?}"),
        };
        writer.write_all(format!("{reply}\n").as_bytes()).await.unwrap();
    }
}

async fn request(lines: &mut tokio::io::Lines<BufReader<tokio::net::tcp::OwnedReadHalf>>, w: &mut tokio::net::tcp::OwnedWriteHalf, cmd: &str) -> String {
    w.write_all(format!("{cmd}\n").as_bytes()).await.unwrap();
    lines.next_line().await.unwrap().unwrap()
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let db = Arc::new(Mutex::new(HashMap::new()));
    tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            tokio::spawn(handle(socket, db.clone()));
        }
    });
    let (r, mut w) = TcpStream::connect(addr).await.unwrap().into_split();
    let mut lines = BufReader::new(r).lines();
    for cmd in ["GET color", "SET color blue", "GET color", "SET motto keep it small", "GET motto", "DEL color"] {
        println!("{cmd} -> {}", request(&mut lines, &mut w, cmd).await);
    }
    let (r2, mut w2) = TcpStream::connect(addr).await.unwrap().into_split();
    let mut lines2 = BufReader::new(r2).lines();
    println!("second client: {}", request(&mut lines2, &mut w2, "GET motto").await);
}
