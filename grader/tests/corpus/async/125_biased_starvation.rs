use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    for i in 0..5 {
        tx.send(i).unwrap();
    }
    let mut urgent_done = 0;
    let mut log = Vec::new();
    for _ in 0..8 {
        tokio::select! {
            biased;
            _ = std::future::ready(()), if urgent_done < 3 => {
                urgent_done += 1;
                log.push("urgent".to_string());
            }
            Some(v) = rx.recv() => log.push(format!("msg {v}")),
            else => log.push("nothing".to_string()),
        }
    }
    println!("{}", log.join(", "));
}
