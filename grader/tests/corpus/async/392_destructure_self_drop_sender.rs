// `let S { tx, t } = self;` moves both fields out; dropping `tx` closes the
// channel even though `self` is still a binding of the enclosing fn.
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

struct Service {
    tx: mpsc::UnboundedSender<String>,
    t: JoinHandle<usize>,
    name: String,
}

impl Service {
    fn new(name: &str) -> Service {
        let (tx, mut rx) = mpsc::unbounded_channel::<String>();
        let t = tokio::spawn(async move {
            let mut seen = 0;
            while let Some(msg) = rx.recv().await {
                println!("handled {msg}");
                seen += 1;
            }
            seen
        });
        Service { tx, t, name: name.to_string() }
    }

    async fn shutdown(self) -> usize {
        let Service { tx, t, name } = self;
        println!("shutting down {name}");
        drop(tx);
        t.await.unwrap()
    }
}

struct Pair {
    tx: mpsc::Sender<u8>,
    t: JoinHandle<()>,
}

#[tokio::main]
async fn main() {
    let s = Service::new("svc");
    s.tx.send("a".to_string()).unwrap();
    s.tx.send("b".to_string()).unwrap();
    println!("seen {}", s.shutdown().await);

    // A tuple-struct-like destructure in a plain `let` in main, with `..`.
    let (tx, mut rx) = mpsc::channel::<u8>(2);
    let t = tokio::spawn(async move {
        while let Some(b) = rx.recv().await {
            println!("byte {b}");
        }
        println!("pair worker done");
    });
    let pair = Pair { tx, t };
    pair.tx.send(7).await.unwrap();
    let Pair { tx, .. } = pair;
    drop(tx);
    pair.t.await.unwrap();

    // Destructuring in a match arm.
    let (tx, mut rx) = mpsc::channel::<u8>(2);
    let t = tokio::spawn(async move {
        let mut n = 0;
        while rx.recv().await.is_some() {
            n += 1;
        }
        println!("match worker saw {n}");
    });
    let pair = Some(Pair { tx, t });
    match pair {
        Some(Pair { tx, t }) => {
            tx.send(1).await.unwrap();
            drop(tx);
            t.await.unwrap();
        }
        None => {}
    }
    println!("done");
}
