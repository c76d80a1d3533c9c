#[tokio::main]
async fn main() {
    let mut done = false;
    loop {
        tokio::select! { //~ select_all_disabled
            _ = tokio::task::yield_now(), if !done => {
                done = true;
                println!("once");
            }
        }
    }
}
