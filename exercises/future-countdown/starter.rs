use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Ticks {
    needed: u32,
    polls: u32,
}

impl Future for Ticks {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        // TODO: return Pending (with a wake-up) until this is the `needed`-th poll.
        todo!()
    }
}

#[tokio::main]
async fn main() {
    let polls = Ticks { needed: 3, polls: 0 }.await;
    println!("ready after {polls} polls");
    let (a, b) = tokio::join!(Ticks { needed: 2, polls: 0 }, Ticks { needed: 1, polls: 0 });
    println!("joined: {a} and {b}");
}
