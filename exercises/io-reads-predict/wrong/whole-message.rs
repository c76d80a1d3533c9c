// fails: outcome, stdout
// checks only: a wrong prediction (a read does not wait for a whole line: at 10 ms it returns `thr`); the program's own assert catches it
use std::sync::Mutex;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::{sleep, Instant};

static PRINTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn print_line(line: String) {
    println!("{line}");
    PRINTED.lock().unwrap().push(line);
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (mut client, mut server) = tokio::io::duplex(64);

    tokio::spawn(async move {
        client.write_all(b"one\n").await.unwrap();
        client.write_all(b"two\n").await.unwrap();
        sleep(Duration::from_millis(10)).await;
        client.write_all(b"thr").await.unwrap();
        sleep(Duration::from_millis(10)).await;
        client.write_all(b"ee\n").await.unwrap();
        // `client` is dropped here: the server reads the end of the stream.
    });

    let mut buf = [0u8; 64];
    loop {
        let n = server.read(&mut buf).await.unwrap();
        // Newlines are shown as `/`.
        let text = String::from_utf8_lossy(&buf[..n]).replace('\n', "/");
        print_line(format!("{} ms: {n} bytes: {text}", start.elapsed().as_millis()));
        if n == 0 {
            break;
        }
    }

    let predicted = vec!["0 ms: 8 bytes: one/two/", "20 ms: 6 bytes: three/", "20 ms: 0 bytes: "];

    let printed = PRINTED.lock().unwrap().clone();
    assert_eq!(printed, predicted, "the real output differs from your prediction");
    println!("prediction correct");
}
