// Dropping a `Sender` moved out of `self` (a field of a consumed struct) closes
// the channel, so the worker's `recv` loop ends and `finish` completes.
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

struct Pipeline {
    queue: mpsc::Sender<u32>,
    worker: JoinHandle<u32>,
}

impl Pipeline {
    fn start() -> Pipeline {
        let (queue, mut rx) = mpsc::channel::<u32>(4);
        let worker = tokio::spawn(async move {
            let mut total = 0;
            while let Some(n) = rx.recv().await {
                println!("worker got {n}");
                total += n;
            }
            println!("worker: channel closed");
            total
        });
        Pipeline { queue, worker }
    }

    async fn submit(&self, n: u32) {
        self.queue.send(n).await.unwrap();
    }

    async fn finish(self) -> u32 {
        drop(self.queue);
        self.worker.await.unwrap()
    }
}

#[tokio::main]
async fn main() {
    let p = Pipeline::start();
    for n in 1..=3 {
        p.submit(n).await;
    }
    let total = p.finish().await;
    println!("total {total}");
}
