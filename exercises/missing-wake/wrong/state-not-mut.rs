// fails: outcome, stdout, no warnings
// checks only: rustc rejects it (E0596: `state` is not declared as mutable), a borrow-check error outside the async mistakes of the catalog
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

struct Flag {
    shared: Arc<Mutex<Shared>>,
}

impl Future for Flag {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let state = self.shared.lock().unwrap();
        if state.set {
            Poll::Ready(())
        } else {
            state.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

fn set_flag(shared: &Mutex<Shared>) {
    let mut state = shared.lock().unwrap();
    state.set = true;
    if let Some(waker) = state.waker.take() {
        waker.wake();
    }
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
