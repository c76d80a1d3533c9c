use std::future::poll_fn;
use std::task::Poll;
use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver};

async fn next_job(rx: &mut Receiver<String>) -> Option<String> {
    poll_fn(|cx| rx.poll_recv(cx)).await
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    let worker = tokio::spawn(async move {
        let mut done = 0;
        while let Some(job) = next_job(&mut rx).await {
            println!("working on {job}");
            done += 1;
        }
        done
    });
    for job in ["resize", "crop", "upload"] {
        tokio::time::sleep(Duration::from_millis(50)).await;
        tx.send(job.to_string()).await.unwrap();
    }
    drop(tx);
    println!("{} jobs done", worker.await.unwrap());

    // A poll_fn that is pending twice, waking itself, then ready.
    let mut polls = 0;
    let n = poll_fn(|cx| {
        polls += 1;
        if polls < 3 {
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(polls * 10)
        }
    })
    .await;
    println!("ready after {polls} polls: {n}");
    let (tx2, mut rx2) = mpsc::unbounded_channel::<u32>();
    tx2.send(7).unwrap();
    drop(tx2);
    let first = futures::future::poll_fn(|cx| rx2.poll_recv(cx)).await;
    let second = poll_fn(|cx| rx2.poll_recv(cx)).await;
    println!("{first:?} {second:?}");
}
