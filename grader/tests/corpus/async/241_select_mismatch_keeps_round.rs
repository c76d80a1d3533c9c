use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let r = tokio::select! {
        biased;
        a = async {
            println!("a starts");
            tokio::task::yield_now().await;
            println!("a resumed");
            1
        } => a,
        Some(b) = async { println!("b polled"); None::<u32> } => b,
        c = async { println!("c polled"); 3 } => c,
    };
    println!("got {r}");
    let r = tokio::select! {
        biased;
        Some(x) = async { None::<u32> } => x,
        Ok(y) = async { Err::<u32, &str>("no") } => y,
        else => 99,
    };
    println!("both mismatched: {r}");
    let r = tokio::select! {
        biased;
        Some(x) = async { sleep(Duration::from_millis(30)).await; None::<u32> } => x,
        y = async { sleep(Duration::from_millis(80)).await; 7 } => y,
    };
    println!("mismatch at 30 ms, then {r} at {} ms", start.elapsed().as_millis());
    let mut rounds = 0;
    let r = loop {
        rounds += 1;
        let v = tokio::select! {
            biased;
            Some(v) = async { if rounds < 3 { None } else { Some(rounds * 10) } } => v,
            else => continue,
        };
        break v;
    };
    println!("loop gave {r} after {rounds} rounds");
}
