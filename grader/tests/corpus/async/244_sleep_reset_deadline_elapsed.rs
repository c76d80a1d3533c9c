use tokio::time::{sleep, sleep_until, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let s = sleep(Duration::from_millis(100));
    tokio::pin!(s);
    println!("deadline {} ms, elapsed {}", (s.deadline() - start).as_millis(), s.is_elapsed());
    (&mut s).await;
    println!("done at {} ms, elapsed {}", start.elapsed().as_millis(), s.is_elapsed());
    s.as_mut().reset(Instant::now() + Duration::from_millis(50));
    println!("reset: deadline {} ms, elapsed {}", (s.deadline() - start).as_millis(), s.is_elapsed());
    (&mut s).await;
    println!("again at {} ms", start.elapsed().as_millis());
    let mut t = Box::pin(sleep_until(start + Duration::from_millis(400)));
    let mut wakes = 0;
    loop {
        tokio::select! {
            biased;
            _ = &mut t => {
                println!("t fired at {} ms after {wakes} resets", start.elapsed().as_millis());
                break;
            }
            _ = sleep(Duration::from_millis(70)) => {
                wakes += 1;
                if wakes < 3 {
                    t.as_mut().reset(Instant::now() + Duration::from_millis(100));
                }
            }
        }
    }
    let past = sleep_until(start);
    tokio::pin!(past);
    past.as_mut().await;
    println!("a deadline in the past is ready at once: {} ms", start.elapsed().as_millis());
}
