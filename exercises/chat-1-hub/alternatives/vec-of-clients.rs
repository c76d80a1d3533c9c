use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

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
    let mut clients: Vec<(usize, mpsc::Sender<String>)> = Vec::new();
    while let Some(event) = events.recv().await {
        match event {
            Event::Join(id, outbox) => clients.push((id, outbox)),
            Event::Line(from, text) => {
                for (id, outbox) in &clients {
                    if *id == from {
                        continue;
                    }
                    if outbox.try_send(format!("[{from}] {text}")).is_err() {
                        println!("hub: client {id} is too slow, a line is lost");
                    }
                }
            }
            Event::Leave(id) => clients.retain(|(other, _)| *other != id),
        }
    }
}

#[tokio::main]
async fn main() {
    let (events, inbox) = mpsc::channel(32);
    let hub = tokio::spawn(hub(inbox));

    // Two clients without a network: ana reads her outbox as lines arrive, bo never reads his.
    let (ana_outbox, mut ana_inbox) = mpsc::channel(OUTBOX);
    let (bo_outbox, mut bo_inbox) = mpsc::channel(OUTBOX);
    events.send(Event::Join(1, ana_outbox)).await.unwrap();
    events.send(Event::Join(2, bo_outbox)).await.unwrap();
    let ana = tokio::spawn(async move {
        while let Some(line) = ana_inbox.recv().await {
            println!("ana gets: {line}");
        }
    });

    // Client 3 sends six lines, 10 ms apart; then ana answers and leaves.
    for n in 1..=6 {
        events.send(Event::Line(3, format!("news {n}"))).await.unwrap();
        sleep(Duration::from_millis(10)).await;
    }
    events.send(Event::Line(1, "thanks".to_string())).await.unwrap();
    events.send(Event::Leave(1)).await.unwrap();

    drop(events);
    hub.await.unwrap(); // the hub ends when every sender of events is gone, and drops the outboxes
    ana.await.unwrap();
    let mut kept = Vec::new();
    while let Some(line) = bo_inbox.recv().await {
        kept.push(line);
    }
    println!("bo's outbox kept {kept:?}");
}
