use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut n = 0;
    let deadline = tokio::time::sleep(Duration::from_millis(100));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(40)) => {
                n += 1;
                if n == 10 {
                    break;
                }
            }
            _ = &mut deadline => {
                println!("deadline reached");
                break;
            }
        }
    }
    println!("n = {n}");
}
