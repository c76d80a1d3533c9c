use std::time::Duration;

async fn tick(name: &'static str, times: u32) -> u32 {
    for i in 1..=times {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("{name} tick {i}");
    }
    times
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().start_paused(true).build().unwrap();
    let (a, b) = {
        let _inside = rt.enter();
        let a = tokio::spawn(tick("a", 3));
        let handle = tokio::runtime::Handle::current();
        let b = handle.spawn(tick("b", 2));
        (a, b)
    };
    println!("spawned, nothing ran yet");
    let total = rt.block_on(async move { a.await.unwrap() + b.await.unwrap() });
    println!("{total} ticks");
    let c = {
        let _g = rt.handle().enter();
        tokio::spawn(async { 5 })
    };
    println!("{}", rt.block_on(c).unwrap());
}
