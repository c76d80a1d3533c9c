use std::time::Duration;
use tokio::io::AsyncReadExt;

#[tokio::main]
async fn main() {
    let (mut client, mut server) = tokio::io::duplex(64);
    let writer = tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        client.write_all(b"ab").await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        client.write_all(b"cd").await.unwrap();
    });
    let mut buf = [0u8; 4];
    let mut ticks = 0;
    loop {
        tokio::select! {
            res = server.read_exact(&mut buf) => { //~ select_cancel_unsafe_branch
                res.unwrap();
                break;
            }
            _ = tokio::time::sleep(Duration::from_millis(20)) => {
                ticks += 1;
                if ticks > 5 {
                    break;
                }
            }
        }
    }
    writer.await.unwrap();
    println!("{:?} after {ticks} ticks", buf);
}
