// fails: outcome, stdout
// checks only: a wrong prediction (join! polled in written order every time) is a wrong value; only the run can show it
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::task::{Context, Poll};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

struct Noisy {
    name: &'static str,
    polls: u32,
}

impl Future for Noisy {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        print_line(format!("{} poll {}", self.name, self.polls));
        if self.polls == 2 {
            Poll::Ready(self.polls)
        } else {
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[tokio::main]
async fn main() {
    let (a, b) = tokio::join!(Noisy { name: "a", polls: 0 }, Noisy { name: "b", polls: 0 });
    print_line(format!("total polls {}", a + b));

    let predicted = vec!["a poll 1", "b poll 1", "a poll 2", "b poll 2", "total polls 4"];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
