use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() {
    let (mut a, mut b) = tokio::io::duplex(8);
    let task = tokio::spawn(async move {
        a.write_all(b"hello, ").await.unwrap();
        a.write_all(b"duplex world").await.unwrap();
        a.shutdown().await.unwrap();
        println!("writer shut down");
        // The write half is closed; reading still works until the peer goes.
        let mut reply = String::new();
        a.read_to_string(&mut reply).await.unwrap();
        println!("writer got reply {reply:?}");
    });
    let mut text = String::new();
    let n = b.read_to_string(&mut text).await.unwrap();
    println!("read {n} bytes: {text}");
    b.write_all(b"thanks").await.unwrap();
    drop(b);
    task.await.unwrap();
}
