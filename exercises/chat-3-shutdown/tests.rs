use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::time::{sleep, timeout, Instant};

/// A hub and a server on a free port: its address, the token that stops it, and its task.
async fn start_server() -> (SocketAddr, CancellationToken, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (events, inbox) = mpsc::channel(32);
    tokio::spawn(hub(inbox));
    let token = CancellationToken::new();
    let server = tokio::spawn(serve(listener, events, token.clone()));
    (addr, token, server)
}

struct Peer {
    lines: tokio::io::Lines<BufReader<OwnedReadHalf>>,
    writer: OwnedWriteHalf,
}

impl Peer {
    async fn join(addr: SocketAddr) -> Peer {
        let (reader, writer) = TcpStream::connect(addr).await.unwrap().into_split();
        Peer { lines: BufReader::new(reader).lines(), writer }
    }

    async fn say(&mut self, text: &str) {
        self.writer.write_all(format!("{text}\n").as_bytes()).await.unwrap();
    }

    /// The next line from the server, `None` at the end of the stream; a test fails after a second of silence.
    async fn hear(&mut self) -> Option<String> {
        let next = timeout(Duration::from_secs(1), self.lines.next_line()).await;
        next.expect("the server sent nothing for a second").unwrap()
    }
}

#[tokio::test(start_paused = true)]
async fn three_clients_at_once_each_hear_the_others() {
    let (addr, _token, _server) = start_server().await;
    let mut a = Peer::join(addr).await;
    let mut b = Peer::join(addr).await;
    let mut c = Peer::join(addr).await;
    sleep(Duration::from_millis(10)).await;
    a.say("one").await;
    assert_eq!(b.hear().await.as_deref(), Some("[1] one"));
    assert_eq!(c.hear().await.as_deref(), Some("[1] one"));
    c.say("two").await;
    assert_eq!(a.hear().await.as_deref(), Some("[3] two"));
    assert_eq!(b.hear().await.as_deref(), Some("[3] two"));
}

#[tokio::test(start_paused = true)]
async fn a_slow_client_loses_lines_and_holds_up_nobody() {
    let (events, inbox) = mpsc::channel(32);
    let hub = tokio::spawn(hub(inbox));
    let (slow_outbox, mut slow) = mpsc::channel(OUTBOX);
    let (fast_outbox, mut fast) = mpsc::channel(OUTBOX);
    events.send(Event::Join(1, slow_outbox)).await.unwrap();
    events.send(Event::Join(2, fast_outbox)).await.unwrap();
    let start = Instant::now();
    for n in 0..10 {
        events.send(Event::Line(3, format!("line {n}"))).await.unwrap();
        let got = timeout(Duration::from_secs(1), fast.recv()).await;
        assert_eq!(got.expect("the fast client got nothing for a second"), Some(format!("[3] line {n}")));
    }
    assert_eq!(start.elapsed(), Duration::ZERO, "the hub waited for the slow client");
    drop(events);
    hub.await.unwrap();
    let mut kept = Vec::new();
    while let Some(line) = slow.recv().await {
        kept.push(line);
    }
    assert_eq!(kept, ["[3] line 0", "[3] line 1", "[3] line 2", "[3] line 3"]);
}

#[tokio::test(start_paused = true)]
async fn shutdown_closes_every_connection_and_refuses_new_clients() {
    let (addr, token, server) = start_server().await;
    let mut a = Peer::join(addr).await;
    let mut b = Peer::join(addr).await;
    sleep(Duration::from_millis(10)).await;
    token.cancel();
    for peer in [&mut a, &mut b] {
        assert_eq!(peer.hear().await.as_deref(), Some("server closing"));
        assert_eq!(peer.hear().await, None, "the connection stays open after `server closing`");
    }
    timeout(Duration::from_secs(1), server).await.expect("`serve` did not return after the shutdown").unwrap();
    assert!(TcpStream::connect(addr).await.is_err(), "the server still accepts clients");
}
