async fn compute(x: u32) -> u32 {
    x * 2
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let fut = compute(4);
        tokio::pin!(fut);
        println!("got {}", (&mut fut).await);
        println!("again {}", (&mut fut).await);
    });
    let err = handle.await.unwrap_err();
    println!("task panicked: {}", err.is_panic());
    let ready = async move { 1 };
    tokio::pin!(ready);
    for round in 0..2 {
        tokio::select! {
            biased;
            v = &mut ready => println!("round {round}: {v}"),
            _ = tokio::time::sleep(std::time::Duration::from_millis(1)) => println!("round {round}: timer"),
        }
    }
}
