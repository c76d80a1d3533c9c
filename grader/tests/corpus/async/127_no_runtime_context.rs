async fn work() -> u32 {
    7
}

fn main() {
    println!("plain fn main, no #[tokio::main]");
    let fut = work();
    println!("a future exists but nothing polls it");
    drop(fut);
    let handle = tokio::spawn(work());
    println!("unreachable {:?}", handle.is_finished());
}
