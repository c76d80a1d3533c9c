use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::sync::broadcast;

// A chat server: each client's lines go to every other client.
async fn session(
    name: &'static str,
    conn: DuplexStream,
    tx: broadcast::Sender<(String, String)>,
    mut rx: broadcast::Receiver<(String, String)>,
) {
    let (r, mut w) = tokio::io::split(conn);
    let mut lines = BufReader::new(r).lines();
    loop {
        tokio::select! {
            biased;
            line = lines.next_line() => match line.unwrap() {
                Some(text) => { tx.send((name.to_string(), text)).unwrap(); }
                None => { println!("server: {name} left"); break; }
            },
            msg = rx.recv() => {
                let (from, text) = msg.unwrap();
                if from != name {
                    w.write_all(format!("{from}: {text}\n").as_bytes()).await.unwrap();
                }
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel(16);
    let (ann, ann_srv) = tokio::io::duplex(64);
    let (bob, bob_srv) = tokio::io::duplex(64);
    let s1 = tokio::spawn(session("ann", ann_srv, tx.clone(), tx.subscribe()));
    let s2 = tokio::spawn(session("bob", bob_srv, tx.clone(), tx.subscribe()));
    let (ann_r, mut ann_w) = tokio::io::split(ann);
    let (bob_r, mut bob_w) = tokio::io::split(bob);
    let mut ann_lines = BufReader::new(ann_r).lines();
    let mut bob_lines = BufReader::new(bob_r).lines();

    ann_w.write_all(b"hi bob\n").await.unwrap();
    println!("bob sees {:?}", bob_lines.next_line().await.unwrap());
    bob_w.write_all(b"hello ann\nhow are you?\n").await.unwrap();
    println!("ann sees {:?}", ann_lines.next_line().await.unwrap());
    println!("ann sees {:?}", ann_lines.next_line().await.unwrap());
    drop(ann_w);
    drop(ann_lines);
    s1.await.unwrap();
    bob_w.write_all(b"bye\n").await.unwrap();
    // Only the write half: the stream lives on in the read half, so shut the writing down.
    bob_w.shutdown().await.unwrap();
    s2.await.unwrap();
    println!("bob sees {:?}", bob_lines.next_line().await.unwrap());
}
