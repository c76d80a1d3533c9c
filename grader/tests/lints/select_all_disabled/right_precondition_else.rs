#[tokio::main]
async fn main() {
    let mut done = false;
    loop {
        tokio::select! {
            _ = tokio::task::yield_now(), if !done => {
                done = true;
                println!("once");
            }
            else => break,
        }
    }
    println!("all branches done");
}
