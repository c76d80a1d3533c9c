use tokio::sync::watch;
use tokio::time::{sleep, Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Progress {
    Queued,
    Running(u8),
    Done,
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = watch::channel(Progress::Queued);
    let job = tokio::spawn(async move {
        sleep(Duration::from_millis(50)).await;
        for pct in (0..=100).step_by(25) {
            tx.send(Progress::Running(pct)).unwrap();
            sleep(Duration::from_millis(40)).await;
        }
        tx.send(Progress::Done).unwrap();
    });
    let mut bar = tokio::time::interval(Duration::from_millis(60));
    loop {
        bar.tick().await;
        let p = *rx.borrow_and_update();
        println!("{:>4} ms {:?}", start.elapsed().as_millis(), p);
        if p == Progress::Done {
            break;
        }
    }
    job.await.unwrap();
}
