use std::future::Future;
use tokio::time::{sleep, Duration, Instant};

fn make(name: &'static str, ms: u64) -> impl Future<Output = &'static str> {
    println!("making {name}");
    async move {
        println!("{name} polled");
        sleep(Duration::from_millis(ms)).await;
        name
    }
}

fn allow(name: &str, yes: bool) -> bool {
    println!("precondition {name}: {yes}");
    yes
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let r = tokio::select! {
        biased;
        a = make("a", 10), if allow("a", false) => a,
        b = make("b", 50), if allow("b", true) => b,
        c = make("c", 20) => c,
    };
    println!("winner {r} at {} ms", start.elapsed().as_millis());
    let r = tokio::select! {
        biased;
        a = make("x", 10), if allow("x", false) => a,
        b = make("y", 10), if allow("y", false) => b,
        else => "else",
    };
    println!("all disabled: {r} at {} ms", start.elapsed().as_millis());
}
