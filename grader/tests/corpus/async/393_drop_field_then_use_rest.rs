// `drop(h.tx)` moves one field out of a local; the other fields stay usable,
// and the channel closes at once.
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

struct Handle {
    tx: mpsc::Sender<u32>,
    worker: JoinHandle<u32>,
    label: String,
}

fn spawn_worker(label: &str) -> Handle {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let worker = tokio::spawn(async move {
        let mut sum = 0;
        while let Some(v) = rx.recv().await {
            sum += v;
        }
        println!("worker sees the channel closed");
        sum
    });
    Handle { tx, worker, label: label.to_string() }
}

struct Outer {
    inner: Handle,
    id: u32,
}

#[tokio::main]
async fn main() {
    let h = spawn_worker("first");
    h.tx.send(10).await.unwrap();
    h.tx.send(20).await.unwrap();
    drop(h.tx);
    println!("label still usable: {}", h.label);
    let sum = h.worker.await.unwrap();
    println!("{} sum {sum}", h.label);

    // A nested field place.
    let o = Outer { inner: spawn_worker("nested"), id: 2 };
    o.inner.tx.send(5).await.unwrap();
    drop(o.inner.tx);
    println!("outer id {}", o.id);
    println!("{} sum {}", o.inner.label, o.inner.worker.await.unwrap());

    // Moving the field into another binding, then dropping that binding.
    let h = spawn_worker("rebound");
    let tx = h.tx;
    tx.send(1).await.unwrap();
    drop(tx);
    println!("{} sum {}", h.label, h.worker.await.unwrap());

    // Moving the field into a block that ends.
    let h = spawn_worker("scoped");
    {
        let tx = h.tx;
        tx.send(3).await.unwrap();
    }
    println!("{} sum {}", h.label, h.worker.await.unwrap());

    println!("done");
}
