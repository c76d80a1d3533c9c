use tokio::sync::mpsc::{self, Receiver, Sender};

async fn generate(output: Sender<u64>) {
    for n in 1..=5 {
        if output.send(n).await.is_err() {
            return;
        }
    }
}

async fn square(mut input: Receiver<u64>, output: Sender<u64>) {
    // TODO: receive every number from `input` and send its square to `output`.
}

#[tokio::main]
async fn main() {
    let (numbers_tx, numbers_rx) = mpsc::channel(2);
    let (squares_tx, mut squares_rx) = mpsc::channel(2);
    tokio::spawn(generate(numbers_tx));
    tokio::spawn(square(numbers_rx, squares_tx));
    while let Some(value) = squares_rx.recv().await {
        println!("{value}");
    }
    println!("pipeline drained");
}
