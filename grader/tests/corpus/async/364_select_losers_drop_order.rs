use tokio::time::{sleep, timeout, Duration};

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn guarded(name: &'static str, ms: u64) -> &'static str {
    let _g = Loud(name);
    sleep(Duration::from_millis(ms)).await;
    println!("{name} finished");
    name
}

#[tokio::main]
async fn main() {
    let r = tokio::select! {
        biased;
        a = guarded("a", 30) => a,
        b = guarded("b", 10) => {
            println!("handler b");
            b
        }
        c = guarded("c", 20) => c,
    };
    println!("select gave {r}");
    let r = timeout(Duration::from_millis(5), guarded("t", 50)).await;
    println!("timeout: {:?}", r.is_err());
    let (x, y) = tokio::join!(guarded("x", 3), guarded("y", 1));
    println!("join {x} {y}");
    let mut kept = Box::pin(guarded("kept", 8));
    let r = tokio::select! {
        biased;
        v = &mut kept => v,
        _ = sleep(Duration::from_millis(4)) => "slept",
    };
    println!("first round {r}");
    println!("resumed {}", kept.await);
    let never = guarded("never polled", 1);
    drop(never);
    println!("dropped unpolled");
    let h = tokio::spawn(guarded("task", 100));
    sleep(Duration::from_millis(1)).await;
    h.abort();
    let _ = h.await;
    println!("end");
}
