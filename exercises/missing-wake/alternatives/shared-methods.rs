use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

#[derive(Default)]
struct Shared {
    set: bool,
    waker: Option<Waker>,
}

impl Shared {
    /// Ready if set; otherwise remember who to wake.
    fn check(&mut self, waker: &Waker) -> bool {
        if !self.set {
            self.waker.replace(waker.clone());
        }
        self.set
    }

    fn set(&mut self) {
        self.set = true;
        if let Some(waker) = std::mem::take(&mut self.waker) {
            waker.wake_by_ref();
        }
    }
}

struct Flag {
    shared: Arc<Mutex<Shared>>,
}

impl Future for Flag {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.shared.lock().unwrap().check(cx.waker()) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

fn set_flag(shared: &Mutex<Shared>) {
    shared.lock().unwrap().set();
}

#[tokio::main]
async fn main() {
    let shared = Arc::new(Mutex::new(Shared::default()));
    let setter = Arc::clone(&shared);
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        println!("setting the flag");
        set_flag(&setter);
    });
    Flag { shared }.await;
    println!("the flag is set");
}
