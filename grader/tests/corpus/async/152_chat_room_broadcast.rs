use tokio::sync::broadcast;
use tokio::time::{sleep, Duration};

#[derive(Clone, Debug)]
struct Message {
    from: &'static str,
    text: String,
}

async fn member(name: &'static str, tx: broadcast::Sender<Message>, lines: Vec<(u64, &'static str)>) -> Vec<String> {
    let mut rx = tx.subscribe();
    let speaker = tokio::spawn(async move {
        for (delay, line) in lines {
            sleep(Duration::from_millis(delay)).await;
            tx.send(Message { from: name, text: line.to_string() }).unwrap();
        }
    });
    let mut heard = Vec::new();
    while let Ok(Ok(m)) = tokio::time::timeout(Duration::from_millis(500), rx.recv()).await {
        if m.from != name {
            heard.push(format!("{}: {}", m.from, m.text));
        }
    }
    speaker.await.unwrap();
    heard
}

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel(16);
    let (ann, bob) = tokio::join!(
        member("ann", tx.clone(), vec![(10, "hi all"), (100, "anyone there?")]),
        member("bob", tx.clone(), vec![(50, "hey ann"), (200, "bye")])
    );
    println!("ann heard {ann:?}");
    println!("bob heard {bob:?}");
}
