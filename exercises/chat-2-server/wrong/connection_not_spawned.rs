// fails: stdout, no connection_not_spawned, no warnings
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout};

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
async fn connection(id: usize, socket: TcpStream, events: mpsc::Sender<Event>) {
    let (reader, mut writer) = socket.into_split();
    let (outbox, mut inbox) = mpsc::channel(OUTBOX);
    events.send(Event::Join(id, outbox)).await.unwrap();
    let mut lines = BufReader::new(reader).lines();
    loop {
        tokio::select! {
            line = inbox.recv() => match line {
                Some(line) => writer.write_all(format!("{line}\n").as_bytes()).await.unwrap(),
                None => break,
            },
            line = lines.next_line() => match line.unwrap() {
                Some(text) => events.send(Event::Line(id, text)).await.unwrap(),
                None => break,
            },
        }
    }
    events.send(Event::Leave(id)).await.unwrap();
}

/// Accepts clients (ids 1, 2, ...) forever, one task per connection.
async fn serve(listener: TcpListener, events: mpsc::Sender<Event>) {
    let mut next_id = 1;
    loop {
        let (socket, _) = listener.accept().await.unwrap();
        connection(next_id, socket, events.clone()).await;
        next_id += 1;
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
    let server = tokio::spawn(serve(listener, events));

    let mut ana = Client::connect(addr, "ana").await;
    let mut bo = Client::connect(addr, "bo").await;
    let mut cy = Client::connect(addr, "cy").await;
    sleep(Duration::from_millis(10)).await; // all three have joined the hub
    ana.say("hi all").await;
    bo.hear().await;
    cy.hear().await;
    cy.say("hi ana").await;
    ana.hear().await;
    bo.hear().await;

    // Part 3 stops the server gracefully; for now, the clients hang up and the accept loop is aborted.
    drop((ana, bo, cy));
    server.abort();
    assert!(server.await.unwrap_err().is_cancelled());
    hub.await.unwrap(); // it ends once every connection has left and dropped its sender
    println!("hub closed");
}
