use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[tokio::main]
async fn main() {
    let (mut w, r) = tokio::io::duplex(10);
    tokio::spawn(async move {
        w.write_all(b"alpha\nbeta\ngam").await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        w.write_all(b"ma\nno newline at end").await.unwrap();
        println!("writer finished");
    });
    let mut reader = BufReader::new(r);
    let mut line = String::new();
    loop {
        line.clear();
        let n = reader.read_line(&mut line).await.unwrap();
        if n == 0 {
            println!("eof");
            break;
        }
        println!("{n} bytes: {line:?}");
    }
}
