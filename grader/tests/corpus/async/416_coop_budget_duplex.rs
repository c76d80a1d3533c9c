use tokio::io::{AsyncReadExt, AsyncWriteExt};

// Every duplex read and write spends tokio's cooperative budget: a task that always finds
// room still yields after 128 operations, and the other task gets to run.
#[tokio::main]
async fn main() {
    let (mut a, mut b) = tokio::io::duplex(4096);
    let writer = tokio::spawn(async move {
        for i in 0..300u32 {
            a.write_all(&[1]).await.unwrap();
            if i % 100 == 99 {
                println!("writer: {} bytes written", i + 1);
            }
        }
    });
    let other = tokio::spawn(async {
        for i in 0..3 {
            println!("other task: turn {i}");
            tokio::task::yield_now().await;
        }
    });
    writer.await.unwrap();
    other.await.unwrap();
    let mut total = 0;
    let mut buf = [0u8; 7];
    while total < 300 {
        total += b.read(&mut buf).await.unwrap();
    }
    println!("read {total}");
}
