use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::sync::mpsc;

// A server task "accepts" in-memory connections from a channel and spawns a task per client.
async fn handle(id: u32, conn: DuplexStream) {
    let (r, mut w) = tokio::io::split(conn);
    let mut lines = BufReader::new(r).lines();
    while let Some(line) = lines.next_line().await.unwrap() {
        println!("conn {id}: {line}");
        w.write_all(format!("echo {line}\n").as_bytes()).await.unwrap();
    }
    println!("conn {id} closed");
}

#[tokio::main]
async fn main() {
    let (accept_tx, mut accept_rx) = mpsc::channel::<DuplexStream>(4);
    let server = tokio::spawn(async move {
        let mut next = 1;
        let mut tasks = Vec::new();
        while let Some(conn) = accept_rx.recv().await {
            tasks.push(tokio::spawn(handle(next, conn)));
            next += 1;
        }
        for t in tasks {
            t.await.unwrap();
        }
        println!("server done");
    });

    let mut clients = Vec::new();
    for name in ["ann", "bob"] {
        let (client, server_end) = tokio::io::duplex(64);
        accept_tx.send(server_end).await.unwrap();
        clients.push(tokio::spawn(async move {
            let (r, mut w) = tokio::io::split(client);
            let mut replies = BufReader::new(r).lines();
            for i in 0..2 {
                w.write_all(format!("{name} says {i}\n").as_bytes()).await.unwrap();
                let reply = replies.next_line().await.unwrap().unwrap();
                println!("{name} got {reply:?}");
            }
        }));
    }
    drop(accept_tx);
    for c in clients {
        c.await.unwrap();
    }
    server.await.unwrap();
}
