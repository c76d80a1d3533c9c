// `self: Pin<&mut Self>` in hand-written futures: `get_mut`, `as_mut`, `&mut *self` destructuring.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Ticks {
    needed: u32,
    polls: u32,
}

impl Future for Ticks {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let this = self.get_mut();
        this.polls += 1;
        if this.polls < this.needed {
            println!("ticks poll {}", this.polls);
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(this.polls)
        }
    }
}

struct Split {
    left: u32,
    right: u32,
}

impl Future for Split {
    type Output = (u32, u32);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<(u32, u32)> {
        let Split { left, right } = &mut *self;
        *left += 2;
        *right += 3;
        let done = *left >= 6;
        let again = self.as_mut();
        println!("split poll: {} {}", again.left, again.right);
        if done {
            Poll::Ready((self.left, self.right))
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[tokio::main]
async fn main() {
    let polls = Ticks { needed: 3, polls: 0 }.await;
    println!("ready after {polls} polls");
    let (a, b) = tokio::join!(Ticks { needed: 2, polls: 0 }, Split { left: 0, right: 1 });
    println!("joined: {a} and {b:?}");
}
