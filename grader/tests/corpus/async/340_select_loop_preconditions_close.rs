use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (tx_a, mut rx_a) = mpsc::channel::<u32>(2);
    let (tx_b, mut rx_b) = mpsc::channel::<&'static str>(1);
    tokio::spawn(async move {
        for i in 0..4 {
            tx_a.send(i).await.unwrap();
            println!("a sent {i} at {} ms", start.elapsed().as_millis());
            sleep(Duration::from_millis(10)).await;
        }
        println!("a done");
    });
    tokio::spawn(async move {
        for w in ["x", "y", "z"] {
            sleep(Duration::from_millis(15)).await;
            tx_b.send(w).await.unwrap();
        }
        println!("b done");
    });
    let mut a_open = true;
    let mut b_open = true;
    let mut a_sum = 0;
    let mut polls = 0;
    let mut log = Vec::new();
    loop {
        polls += 1;
        tokio::select! {
            biased;
            v = rx_a.recv(), if a_open => match v {
                Some(v) => {
                    a_sum += v;
                    log.push(format!("a{v}@{}", start.elapsed().as_millis()));
                }
                None => {
                    a_open = false;
                    log.push(format!("a-closed@{}", start.elapsed().as_millis()));
                }
            },
            w = rx_b.recv(), if b_open => match w {
                Some(w) => log.push(format!("b{w}@{}", start.elapsed().as_millis())),
                None => {
                    b_open = false;
                    log.push(format!("b-closed@{}", start.elapsed().as_millis()));
                }
            },
            else => {
                println!("all disabled after {polls} selects");
                break;
            }
        }
    }
    println!("{log:?}");
    println!("sum {a_sum} at {} ms", start.elapsed().as_millis());
    let mut flag = false;
    let r = tokio::select! {
        biased;
        _ = async { println!("never polled") }, if flag => 1,
        _ = async { flag = true; }, if !flag => 2,
    };
    println!("picked {r}, flag {flag}");
}
