use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::{sleep, timeout};
use tokio_util::sync::CancellationToken;

/// How many lines may wait for one client; when its outbox is full, the hub skips it.
const OUTBOX: usize = 4;

enum Event {
    /// Client `id` joined; the hub puts the lines for it into this outbox.
    Join(usize, mpsc::Sender<String>),
    /// Client `id` sent a line.
    Line(usize, String),
    /// Client `id` left.
    Leave(usize),
}

/// The hub owns every client's outbox and sends each line to every other client.
/// It never waits for a client: a line that does not fit in an outbox is lost for that client.
async fn hub(mut events: mpsc::Receiver<Event>) {
    let mut outboxes: BTreeMap<usize, mpsc::Sender<String>> = BTreeMap::new();
    while let Some(event) = events.recv().await {
        match event {
            Event::Join(id, outbox) => {
                outboxes.insert(id, outbox);
            }
            Event::Line(from, text) => {
                for (id, outbox) in &outboxes {
                    if *id != from && outbox.try_send(format!("[{from}] {text}")).is_err() {
                        println!("hub: client {id} is too slow, a line is lost");
                    }
                }
            }
            Event::Leave(id) => {
                outboxes.remove(&id);
            }
        }
    }
}

/// One client's connection: lines from the socket go to the hub, lines from its outbox go to the socket.
async fn connection(id: usize, socket: TcpStream, events: mpsc::Sender<Event>, token: CancellationToken) {
    let (reader, mut writer) = socket.into_split();
    let (outbox, mut inbox) = mpsc::channel(OUTBOX);
    events.send(Event::Join(id, outbox)).await.unwrap();
    let mut lines = BufReader::new(reader).lines();
    loop {
        let line = tokio::select! {
            biased;
            _ = token.cancelled() => break,
            line = inbox.recv() => line,
            text = lines.next_line() => match text.unwrap() {
                Some(text) => {
                    events.send(Event::Line(id, text)).await.unwrap();
                    continue;
                }
                None => break,
            },
        };
        if let Some(line) = line {
            writer.write_all(format!("{line}\n").as_bytes()).await.unwrap();
        }
    }
    if token.is_cancelled() {
        writer.write_all(b"server closing\n").await.unwrap();
        writer.shutdown().await.unwrap();
    }
    events.send(Event::Leave(id)).await.unwrap();
}

/// Accepts clients (ids 1, 2, ...) until `token` is cancelled, then waits until every connection has closed.
async fn serve(listener: TcpListener, events: mpsc::Sender<Event>, token: CancellationToken) {
    let mut connections = JoinSet::new();
    let mut next_id = 1;
    loop {
        tokio::select! {
            biased;
            _ = token.cancelled() => break,
            accepted = listener.accept() => {
                let (socket, _) = accepted.unwrap();
                connections.spawn(connection(next_id, socket, events.clone(), token.clone()));
                next_id += 1;
            }
        }
    }
    drop(listener); // new clients are refused from now on
    for result in connections.join_all().await {
        let () = result;
    }
}

/// A chat client for the demo: says lines and hears the server's.
struct Client {
    name: &'static str,
    lines: tokio::io::Lines<BufReader<tokio::net::tcp::OwnedReadHalf>>,
    writer: tokio::net::tcp::OwnedWriteHalf,
}

impl Client {
    async fn connect(addr: SocketAddr, name: &'static str) -> Client {
        let (reader, writer) = TcpStream::connect(addr).await.unwrap().into_split();
        Client { name, lines: BufReader::new(reader).lines(), writer }
    }

    async fn say(&mut self, text: &str) {
        self.writer.write_all(format!("{text}\n").as_bytes()).await.unwrap();
    }

    async fn hear(&mut self) {
        match timeout(Duration::from_secs(1), self.lines.next_line()).await {
            Ok(Ok(Some(line))) => println!("{} hears: {line}", self.name),
            Ok(Ok(None)) => println!("{} hears the end of the stream", self.name),
            Ok(Err(e)) => println!("{} hears an error: {e}", self.name),
            Err(_) => println!("{} hears nothing for a second", self.name),
        }
    }
}

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (events, inbox) = mpsc::channel(32);
    let hub = tokio::spawn(hub(inbox));
    let token = CancellationToken::new();
    let server = tokio::spawn(serve(listener, events, token.clone()));

    let mut ana = Client::connect(addr, "ana").await;
    let mut bo = Client::connect(addr, "bo").await;
    sleep(Duration::from_millis(10)).await; // both have joined the hub
    ana.say("hi bo").await;
    bo.hear().await;
    bo.say("hi ana, bye").await;
    ana.hear().await;

    token.cancel();
    ana.hear().await;
    ana.hear().await;
    bo.hear().await;
    bo.hear().await;
    server.await.unwrap();
    hub.await.unwrap();
    println!("server stopped; a new client gets {:?}", TcpStream::connect(addr).await.map(|_| ()).map_err(|e| e.kind()));
}
