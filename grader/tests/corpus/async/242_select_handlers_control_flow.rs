use tokio::time::{interval, sleep, Duration, Instant};

#[derive(Debug)]
struct TooLate(u128);

async fn first_tick_before(limit_ms: u64) -> Result<u32, TooLate> {
    let start = Instant::now();
    let mut ticks = interval(Duration::from_millis(40));
    let mut n = 0;
    loop {
        tokio::select! {
            biased;
            _ = sleep(Duration::from_millis(limit_ms)) => {
                return Err(TooLate(start.elapsed().as_millis()));
            }
            _ = ticks.tick() => {
                n += 1;
                if n < 3 {
                    continue;
                }
                let ok: Result<u32, TooLate> = if n > 3 { Err(TooLate(0)) } else { Ok(n) };
                let v = ok?;
                println!("tick {v} at {} ms", start.elapsed().as_millis());
                if v == 3 {
                    break;
                }
            }
        }
    }
    Ok(n)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    println!("{:?}", first_tick_before(1000).await);
    println!("{:?}", first_tick_before(30).await);
    let mut count = 0;
    'outer: for round in 0..5 {
        loop {
            tokio::select! {
                biased;
                _ = sleep(Duration::from_millis(10)) => {
                    count += 1;
                    if count % 2 == 0 {
                        continue 'outer;
                    }
                    if round == 3 {
                        break 'outer;
                    }
                }
            }
        }
    }
    println!("count {count} at {} ms", start.elapsed().as_millis());
}
