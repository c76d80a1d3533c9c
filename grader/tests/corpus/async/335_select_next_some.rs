use futures::stream::{self, FuturesUnordered, StreamExt};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut jobs: FuturesUnordered<_> = [30u64, 10, 20]
        .into_iter()
        .map(|ms| async move {
            sleep(Duration::from_millis(ms)).await;
            ms
        })
        .collect();
    let mut ticks = stream::unfold(0, |n| async move {
        sleep(Duration::from_millis(12)).await;
        Some((n, n + 1))
    })
    .boxed()
    .fuse();
    let mut done = 0;
    while done < 3 {
        tokio::select! {
            biased;
            ms = jobs.select_next_some() => {
                done += 1;
                println!("job {ms} done at {} ms ({} left)", start.elapsed().as_millis(), jobs.len());
            }
            t = ticks.select_next_some() => println!("tick {t} at {} ms", start.elapsed().as_millis()),
        }
    }
    let mut s = stream::iter(vec![1, 2]).fuse();
    println!("{}", s.select_next_some().await);
    println!("{}", s.select_next_some().await);
    println!("is_terminated before end: {}", futures::stream::FusedStream::is_terminated(&s));
}
