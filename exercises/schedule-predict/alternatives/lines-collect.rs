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
    let (tx, rx) = oneshot::channel::<u32>();
    let consumer = tokio::spawn(async move {
        print_line("consumer: waiting");
        let value = rx.await.unwrap();
        print_line(&format!("consumer: got {value}"));
    });
    let producer = tokio::spawn(async move {
        print_line("producer: sending");
        tx.send(7).unwrap();
        yield_now().await;
        print_line("producer: after yield");
    });
    let logger = tokio::spawn(async {
        print_line("logger: hello");
    });
    print_line("main: spawned three tasks");
    consumer.await.unwrap();
    producer.await.unwrap();
    logger.await.unwrap();
    print_line("main: done");

    let predicted: Vec<&str> = "main: spawned three tasks
consumer: waiting
producer: sending
logger: hello
consumer: got 7
producer: after yield
main: done"
        .lines()
        .collect();

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real order differs from your prediction");
    println!("prediction correct");
}
