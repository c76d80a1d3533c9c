use tokio::time::{interval, sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut tick = interval(Duration::from_millis(100));
    for job in 0..5 {
        tick.tick().await;
        let began = start.elapsed().as_millis();
        let work = if job == 1 { 250 } else { 30 };
        sleep(Duration::from_millis(work)).await;
        println!("job {job}: began {began} ms, worked {work} ms");
    }
    println!("end at {} ms", start.elapsed().as_millis());
}
