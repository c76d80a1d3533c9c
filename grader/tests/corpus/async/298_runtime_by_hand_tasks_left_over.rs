use tokio::runtime::Builder;
use tokio::time::{sleep, Duration, Instant};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn double(n: u32) -> u32 {
    sleep(Duration::from_millis(10)).await;
    n * 2
}

fn main() {
    let rt = Builder::new_current_thread().enable_all().start_paused(true).build().unwrap();
    let early = rt.spawn(async {
        println!("early task runs");
        5
    });
    let v = rt.block_on(async {
        let start = Instant::now();
        let v = double(4).await;
        println!("double took {} ms", start.elapsed().as_millis());
        v
    });
    println!("block_on returned {v}");
    for name in ["a", "b", "c"] {
        rt.spawn(async move {
            let _n = Noisy(name);
            println!("{name} starts");
            sleep(Duration::from_millis(100)).await;
            println!("{name} never ends");
        });
    }
    let handle = rt.handle().clone();
    let total = rt.block_on(async move {
        let late = handle.spawn(async { double(20).await });
        tokio::task::yield_now().await;
        println!("main after yield");
        early.await.unwrap() + late.await.unwrap()
    });
    println!("total {total}");
    drop(rt);
    println!("runtime dropped");

    let second = Builder::new_current_thread().enable_time().start_paused(true).build().unwrap();
    let out = second.block_on(async {
        let h = tokio::spawn(double(1));
        let mine = double(2).await;
        mine + h.await.unwrap()
    });
    println!("second runtime {out}");
}
