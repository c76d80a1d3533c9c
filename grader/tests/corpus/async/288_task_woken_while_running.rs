use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::sync::Arc;
use tokio::sync::Notify;

struct WakeSelf {
    left: u32,
    name: &'static str,
}

impl Future for WakeSelf {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.left == 0 {
            println!("{} done", self.name);
            return Poll::Ready(());
        }
        println!("{} pending, {} left", self.name, self.left);
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(WakeSelf { left: 2, name: "a" });
    let b = tokio::spawn(async {
        println!("b runs");
        tokio::task::yield_now().await;
        println!("b after yield");
    });
    let c = tokio::spawn(WakeSelf { left: 1, name: "c" });
    let notify = Arc::new(Notify::new());
    let n2 = notify.clone();
    let d = tokio::spawn(async move {
        tokio::join!(n2.notified(), async {
            n2.notify_one();
            println!("d notified itself");
        });
        println!("d done");
    });
    println!("main spawned");
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
    d.await.unwrap();
    drop(notify);
    println!("main done");
}
