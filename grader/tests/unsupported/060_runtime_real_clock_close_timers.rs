use tokio::time::{sleep, Duration};

fn main() {
    // Without `start_paused(true)` the clock is real: each sleep wakes a little late, and the
    // lateness adds up, so whether the loop or the 52 ms timer ends first depends on the machine.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let other = tokio::spawn(async {
            sleep(Duration::from_millis(52)).await; //~ unsupported: real clock
            println!("other");
        });
        for i in 0..5 {
            sleep(Duration::from_millis(10)).await;
            println!("tick {i}");
        }
        other.await.unwrap();
    });
}
