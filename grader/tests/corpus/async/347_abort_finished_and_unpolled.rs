use tokio::task;
use tokio::time::{sleep, Duration};

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main]
async fn main() {
    let h = tokio::spawn(async { 5 });
    task::yield_now().await;
    println!("finished before abort: {}", h.is_finished());
    h.abort();
    println!("after abort of finished: {:?}", h.await.map_err(|e| e.is_cancelled()));

    let h = tokio::spawn(async {
        let _l = Loud("sleeper");
        sleep(Duration::from_millis(100)).await;
        println!("never");
        1
    });
    task::yield_now().await;
    h.abort();
    println!("aborted, finished now? {}", h.is_finished());
    let e = h.await.unwrap_err();
    println!("cancelled {} panic {} display {e}", e.is_cancelled(), e.is_panic());

    let h = tokio::spawn(async {
        let _l = Loud("unpolled");
        println!("never runs");
    });
    h.abort();
    let e = h.await.unwrap_err();
    println!("{e:?}");

    let h = tokio::spawn(async {
        let _l = Loud("via handle");
        std::future::pending::<()>().await;
    });
    let ah = h.abort_handle();
    task::yield_now().await;
    ah.abort();
    println!("handle result cancelled: {}", h.await.unwrap_err().is_cancelled());
    println!("ah finished {}", ah.is_finished());

    let h = tokio::spawn(async {
        let _l = Loud("aborted twice");
        sleep(Duration::from_millis(1)).await;
    });
    h.abort();
    h.abort();
    task::yield_now().await;
    println!("after yield finished {}", h.is_finished());
    println!("{:?}", h.await.map_err(|e| e.to_string()));

    let me = tokio::spawn(async {
        let _l = Loud("outer");
        let inner = tokio::spawn(async {
            let _l = Loud("inner");
            sleep(Duration::from_millis(10)).await;
            println!("inner done");
        });
        inner.await.unwrap();
    });
    sleep(Duration::from_millis(5)).await;
    me.abort();
    sleep(Duration::from_millis(20)).await;
    println!("end");
}
