// fails: outcome, stdout
// checks only: a wrong prediction (the helper spawned by c imagined to run right after c, ahead of the workers woken before it); the program's own assert catches it
use std::sync::Mutex;
use tokio::sync::oneshot;
use tokio::task::yield_now;

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: &str) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line.to_string());
}

#[tokio::main]
async fn main() {
    let mut senders = Vec::new();
    let mut workers = Vec::new();
    for name in ["a", "b", "c"] {
        let (tx, rx) = oneshot::channel::<u32>();
        senders.push((name, tx));
        workers.push(tokio::spawn(async move {
            print_line(&format!("{name}: waiting"));
            let job = rx.await.unwrap();
            print_line(&format!("{name}: got job {job}"));
            if name == "c" {
                tokio::spawn(async {
                    print_line("helper: spawned by c");
                });
            }
        }));
    }
    yield_now().await;
    let mut job = 1;
    for (name, tx) in senders.into_iter().rev() {
        tx.send(job).unwrap();
        print_line(&format!("main: sent job {job} to {name}"));
        job += 1;
    }
    for worker in workers {
        worker.await.unwrap();
    }
    yield_now().await;
    print_line("main: done");

    let predicted = vec![
        "a: waiting",
        "b: waiting",
        "c: waiting",
        "main: sent job 1 to c",
        "main: sent job 2 to b",
        "main: sent job 3 to a",
        "c: got job 1",
        "helper: spawned by c",
        "b: got job 2",
        "a: got job 3",
        "main: done",
    ];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real order differs from your prediction");
    println!("prediction correct");
}
