use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (job_tx, job_rx) = mpsc::channel::<u64>(10);
    let (res_tx, mut res_rx) = mpsc::channel::<(usize, u64, u128)>(10);
    let job_rx = Arc::new(Mutex::new(job_rx));
    for worker in 0..3 {
        let job_rx = job_rx.clone();
        let res_tx = res_tx.clone();
        tokio::spawn(async move {
            loop {
                let job = job_rx.lock().await.recv().await;
                let Some(ms) = job else { break };
                sleep(Duration::from_millis(ms)).await;
                res_tx.send((worker, ms, start.elapsed().as_millis())).await.unwrap();
            }
        });
    }
    drop(res_tx);
    for ms in [300, 100, 200, 100, 50, 250] {
        job_tx.send(ms).await.unwrap();
    }
    drop(job_tx);
    while let Some((w, ms, at)) = res_rx.recv().await {
        println!("worker {w} finished a {ms} ms job at {at} ms");
    }
    println!("all jobs done at {} ms", start.elapsed().as_millis());
}
