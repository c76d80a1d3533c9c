use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let (mut a, mut b) = tokio::io::duplex(16);
    tokio::spawn(async move {
        for (delay, msg) in [(30, "late"), (5, "soon"), (50, "last")] {
            sleep(Duration::from_millis(delay)).await;
            a.write_all(msg.as_bytes()).await.unwrap();
        }
    });
    let start = tokio::time::Instant::now();
    let mut buf = [0u8; 16];
    loop {
        tokio::select! {
            biased;
            r = b.read(&mut buf) => {
                let n = r.unwrap();
                if n == 0 {
                    println!("{:>3} ms: eof", start.elapsed().as_millis());
                    break;
                }
                println!("{:>3} ms: got {:?}", start.elapsed().as_millis(), String::from_utf8_lossy(&buf[..n]));
            }
            _ = sleep(Duration::from_millis(20)) => {
                println!("{:>3} ms: nothing for 20 ms", start.elapsed().as_millis());
            }
        }
    }
}
