use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration, Instant};

struct Job {
    n: u64,
    reply: oneshot::Sender<u64>,
}

async fn worker(id: u32, mut rx: mpsc::Receiver<Job>) {
    while let Some(job) = rx.recv().await {
        sleep(Duration::from_millis(10 * job.n)).await;
        let _ = job.reply.send(job.n * job.n + id as u64 * 1000);
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut senders = Vec::new();
    for id in 0..3 {
        let (tx, rx) = mpsc::channel(4);
        tokio::spawn(worker(id, rx));
        senders.push(tx);
    }
    let mut replies = Vec::new();
    for n in 1..=6u64 {
        let (reply, rx) = oneshot::channel();
        senders[(n % 3) as usize].send(Job { n, reply }).await.unwrap();
        replies.push((n, rx));
    }
    for (n, rx) in replies {
        let v = rx.await.unwrap();
        println!("job {n} -> {v} (at {} ms)", start.elapsed().as_millis());
    }
}
