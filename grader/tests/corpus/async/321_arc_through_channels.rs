use std::sync::{Arc, Weak};
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
struct Job {
    id: u32,
}

#[tokio::main]
async fn main() {
    let job = Arc::new(Job { id: 7 });
    let (tx, mut rx) = mpsc::channel::<Arc<Job>>(8);
    for _ in 0..3 {
        tx.send(Arc::clone(&job)).await.unwrap();
    }
    println!("three queued: {}", Arc::strong_count(&job));
    let first = rx.recv().await.unwrap();
    println!("one received: {} (id {})", Arc::strong_count(&job), first.id);
    drop(first);
    println!("received one dropped: {}", Arc::strong_count(&job));
    drop(rx);
    println!("receiver dropped with two queued: {}", Arc::strong_count(&job));
    println!("send after close fails: {}", tx.send(Arc::clone(&job)).await.is_err());
    println!("failed send returned the value, then dropped it: {}", Arc::strong_count(&job));

    let (otx, orx) = oneshot::channel();
    otx.send(Arc::clone(&job)).unwrap();
    println!("in a oneshot: {}", Arc::strong_count(&job));
    let got = orx.await.unwrap();
    println!("out of the oneshot: {} (same: {})", Arc::strong_count(&job), Arc::ptr_eq(&got, &job));
    drop(got);

    let weak: Weak<Job> = Arc::downgrade(&job);
    let (wtx, mut wrx) = mpsc::unbounded_channel::<Weak<Job>>();
    wtx.send(weak.clone()).unwrap();
    wtx.send(weak).unwrap();
    println!("weak handles: {}", Arc::weak_count(&job));
    let consumer = tokio::spawn(async move {
        let mut seen = Vec::new();
        while let Some(w) = wrx.recv().await {
            seen.push(w.upgrade().map(|j| j.id));
        }
        seen
    });
    tokio::task::yield_now().await;
    drop(job);
    drop(wtx);
    println!("consumer saw {:?}", consumer.await.unwrap());
}
