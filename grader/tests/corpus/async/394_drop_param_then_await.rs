// Dropping a parameter of an async fn (or a sync fn) releases it at once,
// so the actor's receive loop ends and the await completes.
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

#[derive(Debug)]
enum Cmd {
    Put(u32),
}

fn start() -> (mpsc::Sender<Cmd>, JoinHandle<()>) {
    let (tx, mut rx) = mpsc::channel::<Cmd>(4);
    let actor = tokio::spawn(async move {
        while let Some(cmd) = rx.recv().await {
            println!("actor: {cmd:?}");
        }
        println!("actor stops");
    });
    (tx, actor)
}

async fn close(table: mpsc::Sender<Cmd>, actor: JoinHandle<()>) {
    drop(table);
    actor.await.unwrap();
    println!("closed");
}

async fn close_by_scope(table: mpsc::Sender<Cmd>, actor: JoinHandle<()>) {
    {
        let t = table;
        t.send(Cmd::Put(9)).await.unwrap();
    }
    actor.await.unwrap();
    println!("closed by scope");
}

fn release(tx: mpsc::Sender<Cmd>) {
    drop(tx);
    println!("released");
}

async fn close_via_sync_fn(table: mpsc::Sender<Cmd>, actor: JoinHandle<()>) {
    release(table);
    actor.await.unwrap();
    println!("closed via fn");
}

#[tokio::main]
async fn main() {
    let (tx, actor) = start();
    tx.send(Cmd::Put(1)).await.unwrap();
    close(tx, actor).await;

    let (tx, actor) = start();
    close_by_scope(tx, actor).await;

    let (tx, actor) = start();
    tx.send(Cmd::Put(2)).await.unwrap();
    close_via_sync_fn(tx, actor).await;

    // A closure parameter.
    let (tx, actor) = start();
    let finish = |tx: mpsc::Sender<Cmd>| drop(tx);
    finish(tx);
    actor.await.unwrap();
    println!("done");
}
